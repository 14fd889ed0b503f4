package org.grenier.core.patterns;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One of the products expected to sell most in a delivery zone in a coming period.
 *
 * @param share the product's part of what the zone's products are expected to sell in that period
 */
public record PopularProduct(String zone, LocalDateTime period, int rank, String skuCode, String name,
        double expected, double lo80, double hi80, double share) {

    public PopularProduct {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(skuCode, "SKU code");
    }
}
