package org.grenier.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One product's sales on one day to one delivery zone ({@code null} when the lines named none), summed from its sales
 * lines: the grain the store hands to pattern analyses so they never load every line.
 */
public record DailySales(String skuCode, String deliveryZone, LocalDate day, double quantity, double amount) {

    public DailySales {
        Checks.code(skuCode, "SKU code");
        Objects.requireNonNull(day, "day");
    }
}
