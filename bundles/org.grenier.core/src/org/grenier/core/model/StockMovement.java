package org.grenier.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A quantity of one SKU entering or leaving one storage unit at one moment. */
public record StockMovement(String skuCode, String storageUnitCode, Instant at, MovementKind kind,
        BigDecimal quantity) {

    public StockMovement {
        Checks.code(skuCode, "SKU code");
        Checks.code(storageUnitCode, "storage unit code");
        Objects.requireNonNull(at, "time of movement");
        Objects.requireNonNull(kind, "movement kind");
        Objects.requireNonNull(quantity, "quantity");
        Checks.notNegative(quantity, "moved quantity");
    }
}
