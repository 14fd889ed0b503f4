package org.grenier.core.store;

/** The kinds of records the store holds, in the order a planner reads them. */
public enum RecordKind {
    SKU, SITE, STORAGE_UNIT, SUPPLY_TERMS, STOCK_LEVEL, STOCK_MOVEMENT, SALES_LINE, PRODUCTION_PLAN, WEATHER, SENSOR_READING,
    IMPORT_BATCH
}
