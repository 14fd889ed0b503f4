package org.grenier.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One sales or order line: what a customer took, when, from which site (when known), and where it went. */
public record SalesObservation(Instant at, String skuCode, String siteCode, BigDecimal quantity,
        BigDecimal amount, String customer, String deliveryZone) {

    public SalesObservation {
        Objects.requireNonNull(at, "time of sale");
        Checks.code(skuCode, "SKU code");
        if (siteCode != null) {
            Checks.code(siteCode, "site code");
        }
        Objects.requireNonNull(quantity, "quantity");
    }
}
