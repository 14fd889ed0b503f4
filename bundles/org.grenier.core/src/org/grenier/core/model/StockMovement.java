package org.grenier.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A quantity of one SKU entering or leaving one storage unit at one moment, and for a receipt what one unit cost (null
 * when the source did not say; the product's catalogue cost stands in then).
 */
public record StockMovement(String skuCode, String storageUnitCode, Instant at, MovementKind kind,
        BigDecimal quantity, BigDecimal unitCost) {

    public StockMovement {
        Checks.code(skuCode, "SKU code");
        Checks.code(storageUnitCode, "storage unit code");
        Objects.requireNonNull(at, "time of movement");
        Objects.requireNonNull(kind, "movement kind");
        Objects.requireNonNull(quantity, "quantity");
        Checks.notNegative(quantity, "moved quantity");
        Checks.notNegative(unitCost, "unit cost");
    }

    /** A movement whose cost is not known. */
    public StockMovement(String skuCode, String storageUnitCode, Instant at, MovementKind kind, BigDecimal quantity) {
        this(skuCode, storageUnitCode, at, kind, quantity, null);
    }
}
