package org.grenier.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A stock-keeping unit: one product as the planner counts it. */
public record Sku(String code, String name, String category, Sector sector, String unit,
        Integer shelfLifeDays, BigDecimal unitCost, BigDecimal price) {

    public Sku {
        Checks.code(code, "SKU code");
        Checks.text(name, "SKU name");
        Objects.requireNonNull(sector, "sector");
        Checks.text(unit, "unit");
        if (shelfLifeDays != null && shelfLifeDays <= 0) {
            throw new IllegalArgumentException("shelf life must be positive, was " + shelfLifeDays + " days");
        }
        Checks.notNegative(unitCost, "unit cost");
        Checks.notNegative(price, "price");
    }
}
