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
import static org.grenier.core.imports.ImportTarget.STOCK_MOVEMENT;
import static org.grenier.core.imports.ImportTarget.STORAGE_UNIT;
import static org.grenier.core.imports.ImportTarget.SUPPLY_TERMS;
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
    ISSUED_AT(WEATHER, "issued_at", TIMESTAMP, false),

    STORAGE_CODE(STORAGE_UNIT, "code", CODE, true),
    STORAGE_SITE(STORAGE_UNIT, "site", CODE, true),
    STORAGE_NAME(STORAGE_UNIT, "name", TEXT, false),
    STORAGE_TYPE(STORAGE_UNIT, "type", CODE, true),
    CAPACITY(STORAGE_UNIT, "capacity", DECIMAL, true, ImportField.ABOVE_ZERO, Double.POSITIVE_INFINITY),
    CAPACITY_UNIT(STORAGE_UNIT, "capacity_unit", TEXT, false),

    TERMS_SKU(SUPPLY_TERMS, "sku", CODE, true),
    LEAD_TIME(SUPPLY_TERMS, "lead_time_days", DECIMAL, true, ImportField.ABOVE_ZERO, 3_650),
    LEAD_TIME_SPREAD(SUPPLY_TERMS, "lead_time_sd_days", DECIMAL, "0", 0, 3_650),
    ORDER_COST(SUPPLY_TERMS, "order_cost", DECIMAL, "0", 0, Double.POSITIVE_INFINITY),
    MINIMUM_ORDER(SUPPLY_TERMS, "minimum_order", DECIMAL, "0", 0, Double.POSITIVE_INFINITY),
    PACK_SIZE(SUPPLY_TERMS, "pack_size", DECIMAL, "1", ImportField.ABOVE_ZERO, Double.POSITIVE_INFINITY),
    UNIT_VOLUME(SUPPLY_TERMS, "unit_volume", DECIMAL, "1", 0, Double.POSITIVE_INFINITY),
    TERMS_STORAGE_UNIT(SUPPLY_TERMS, "storage_unit", CODE, false),
    HOLDING_RATE(SUPPLY_TERMS, "holding_rate", DECIMAL, "0.25", 0, 2),

    MOVED_AT(STOCK_MOVEMENT, "moved_at", TIMESTAMP, true),
    MOVE_SKU(STOCK_MOVEMENT, "sku", CODE, true),
    MOVE_STORAGE_UNIT(STOCK_MOVEMENT, "storage_unit", CODE, true),
    MOVE_KIND(STOCK_MOVEMENT, "kind", CODE, false),
    MOVE_QUANTITY(STOCK_MOVEMENT, "quantity", DECIMAL, true),
    MOVE_UNIT_COST(STOCK_MOVEMENT, "unit_cost", DECIMAL, false, 0, Double.POSITIVE_INFINITY);

    /** The lower bound of a quantity that must be positive: zero itself is refused. */
    private static final double ABOVE_ZERO = Double.MIN_VALUE;

    private final ImportTarget target;
    private final String key;
    private final FieldType type;
    private final boolean required;
    private final double min;
    private final double max;
    private final String fallback;

    ImportField(ImportTarget target, String key, FieldType type, boolean required) {
        this(target, key, type, required, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    ImportField(ImportTarget target, String key, FieldType type, boolean required, double min, double max) {
        this(target, key, type, required, null, min, max);
    }

    /** An optional number the store needs: an empty cell means the usual value, the fallback (written 0.25). */
    ImportField(ImportTarget target, String key, FieldType type, String fallback, double min, double max) {
        this(target, key, type, false, fallback, min, max);
    }

    private ImportField(ImportTarget target, String key, FieldType type, boolean required, String fallback,
            double min, double max) {
        this.target = target;
        this.key = key;
        this.type = type;
        this.required = required;
        this.fallback = fallback;
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

    /** The text an empty cell stands for, or null when empty means nothing. */
    public String fallback() {
        return fallback;
    }

    /** True when the number lies in this field's range; a quantity sold may be negative (a return). */
    public boolean inRange(double value) {
        return value >= min && value <= max;
    }

    /**
     * The range as facts for a reader to word: "above" with 0 when zero itself is refused, else "least" with the
     * lowest value; then the highest, or "" when there is none.
     */
    public java.util.List<String> rangeFacts() {
        return java.util.List.of(min == ABOVE_ZERO ? "above" : "least", min == ABOVE_ZERO ? "0" : format(min),
                max == Double.POSITIVE_INFINITY ? "" : format(max));
    }

    public String range() {
        String low = min == ABOVE_ZERO ? "above 0" : "at least " + format(min);
        if (max == Double.POSITIVE_INFINITY) {
            return low;
        }
        return min == ABOVE_ZERO ? "above 0 and at most " + format(max)
                : "between " + format(min) + " and " + format(max);
    }

    /** True for the fields that name a product, which the import checks against the catalogue. */
    public boolean namesSku() {
        return this == SALE_SKU || this == LEVEL_SKU || this == PLAN_SKU || this == TERMS_SKU || this == MOVE_SKU;
    }

    /** True for the fields that name a site, which the import creates or checks like products. */
    public boolean namesSite() {
        return this == SALE_SITE || this == PLAN_SITE || this == STORAGE_SITE;
    }

    /** True for the fields that name a storage unit, which must be in the store before what is kept in it. */
    public boolean namesStorageUnit() {
        return this == LEVEL_STORAGE_UNIT || this == TERMS_STORAGE_UNIT || this == MOVE_STORAGE_UNIT;
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
