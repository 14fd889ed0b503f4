package org.grenier.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a product has in stock: the latest count in each storage unit, summed over the units, and when the oldest of
 * those counts was made (how stale the figure may be).
 */
public record StockOnHand(String skuCode, double quantity, Instant oldestCount) {

    public StockOnHand {
        Checks.code(skuCode, "SKU code");
        Objects.requireNonNull(oldestCount, "time of the oldest count");
    }
}
