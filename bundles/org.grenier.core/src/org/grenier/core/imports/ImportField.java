package org.grenier.core.imports;

import static org.grenier.core.imports.FieldType.CODE;
import static org.grenier.core.imports.FieldType.DECIMAL;
import static org.grenier.core.imports.FieldType.INTEGER;
import static org.grenier.core.imports.FieldType.TEXT;
import static org.grenier.core.imports.FieldType.TIMESTAMP;
import static org.grenier.core.imports.ImportTarget.PRODUCTION_PLAN;
import static org.grenier.core.imports.ImportTarget.SALES_LINE;
import static org.grenier.core.imports.ImportTarget.SKU;
import static org.grenier.core.imports.ImportTarget.STOCK_LEVEL;
import static org.grenier.core.imports.ImportTarget.WEATHER;

/**
 * Every field an import can fill, with its type, whether a row needs it, and the range a value must fall in.
 * The key is the name a mapping profile uses; within a target the fields are in table order.
 */
public enum ImportField {
    SOLD_AT(SALES_LINE, "sold_at", TIMESTAMP, true),
    SALE_SKU(SALES_LINE, "sku", CODE, true),
    SALE_SITE(SALES_LINE, "site", CODE, false),
    SALE_QUANTITY(SALES_LINE, "quantity", DECIMAL, true),
    SALE_AMOUNT(SALES_LINE, "amount", DECIMAL, false),
    CUSTOMER(SALES_LINE, "customer", TEXT, false),
    DELIVERY_ZONE(SALES_LINE, "delivery_zone", TEXT, false),
    ORDER_REF(SALES_LINE, "order_ref", TEXT, false),

    COUNTED_AT(STOCK_LEVEL, "counted_at", TIMESTAMP, true),
    LEVEL_SKU(STOCK_LEVEL, "sku", CODE, true),
    LEVEL_STORAGE_UNIT(STOCK_LEVEL, "storage_unit", CODE, true),
    LEVEL_QUANTITY(STOCK_LEVEL, "quantity", DECIMAL, true, 0, Double.POSITIVE_INFINITY),

    SKU_CODE(SKU, "code", CODE, true),
    SKU_NAME(SKU, "name", TEXT, true),
    CATEGORY(SKU, "category", TEXT, false),
    SECTOR(SKU, "sector", CODE, false),
    UNIT(SKU, "unit", TEXT, false),
    SHELF_LIFE_DAYS(SKU, "shelf_life_days", INTEGER, false, 1, 36_500),
    UNIT_COST(SKU, "unit_cost", DECIMAL, false, 0, Double.POSITIVE_INFINITY),
    PRICE(SKU, "price", DECIMAL, false, 0, Double.POSITIVE_INFINITY),

    PLANNED_FOR(PRODUCTION_PLAN, "planned_for", TIMESTAMP, true),
    PLAN_SKU(PRODUCTION_PLAN, "sku", CODE, true),
    PLAN_SITE(PRODUCTION_PLAN, "site", CODE, false),
    PLAN_QUANTITY(PRODUCTION_PLAN, "quantity", DECIMAL, true, 0, Double.POSITIVE_INFINITY),
    PLAN_STATUS(PRODUCTION_PLAN, "status", TEXT, false),

    OBSERVED_AT(WEATHER, "observed_at", TIMESTAMP, true),
    STATION(WEATHER, "station", CODE, true),
    TEMPERATURE(WEATHER, "temperature", DECIMAL, false, -80, 70),
    HUMIDITY(WEATHER, "humidity", DECIMAL, false, 0, 100),
    PRECIPITATION(WEATHER, "precipitation", DECIMAL, false, 0, 2_000),
    WIND_SPEED(WEATHER, "wind_speed", DECIMAL, false, 0, 150),
    ISSUED_AT(WEATHER, "issued_at", TIMESTAMP, false);

    private final ImportTarget target;
    private final String key;
    private final FieldType type;
    private final boolean required;
    private final double min;
    private final double max;

    ImportField(ImportTarget target, String key, FieldType type, boolean required) {
        this(target, key, type, required, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    ImportField(ImportTarget target, String key, FieldType type, boolean required, double min, double max) {
        this.target = target;
        this.key = key;
        this.type = type;
        this.required = required;
        this.min = min;
        this.max = max;
    }

    public ImportTarget target() {
        return target;
    }

    public String key() {
        return key;
    }

    public FieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    /** True when the number lies in this field's range; a quantity sold may be negative (a return). */
    public boolean inRange(double value) {
        return value >= min && value <= max;
    }

    public String range() {
        if (max == Double.POSITIVE_INFINITY) {
            return "at least " + format(min);
        }
        return "between " + format(min) + " and " + format(max);
    }

    /** True for the fields that name a product, which the import checks against the catalogue. */
    public boolean namesSku() {
        return this == SALE_SKU || this == LEVEL_SKU || this == PLAN_SKU;
    }

    /** True for the fields that name a site, which the import creates or checks like products. */
    public boolean namesSite() {
        return this == SALE_SITE || this == PLAN_SITE;
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
