package org.grenier.store.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.grenier.core.imports.ImportTarget;

/**
 * The table behind each import target: its columns in field order and the key that says two rows are the same
 * record. Sales lines have no natural key, so theirs is their time and the content key of the whole row. Where a
 * unique index enforces the key, rows are inserted plainly and the index reports the ones already stored; where an
 * optional column is part of the key (a site, an issue time), the insert checks for the key first.
 */
record ImportTables(ImportTarget target, String table, List<String> columns, List<String> keyColumns,
        boolean uniqueIndexOnKey) {

    /** Columns every imported table has besides its fields. */
    static final List<String> TRACE_COLUMNS = List.of("batch_id", "row_key", "source_line", "extras");

    /** Made once: an import asks for its table on every row. */
    private static final Map<ImportTarget, ImportTables> TABLES = Arrays.stream(ImportTarget.values())
            .collect(Collectors.toUnmodifiableMap(target -> target, ImportTables::describe));

    static ImportTables of(ImportTarget target) {
        return TABLES.get(target);
    }

    private static ImportTables describe(ImportTarget target) {
        return switch (target) {
            case SALES_LINE -> new ImportTables(target, "sales_line", List.of("sold_at", "sku_code", "site_code",
                    "quantity", "amount", "customer", "delivery_zone", "order_ref"), List.of("line_key"), true);
            case STOCK_LEVEL -> new ImportTables(target, "stock_level", List.of("counted_at", "sku_code",
                    "storage_unit_code", "quantity"), List.of("sku_code", "storage_unit_code", "counted_at"), true);
            case SKU -> new ImportTables(target, "sku", List.of("code", "name", "category", "sector", "unit",
                    "shelf_life_days", "unit_cost", "price"), List.of("code"), true);
            case PRODUCTION_PLAN -> new ImportTables(target, "production_plan", List.of("planned_for", "sku_code",
                    "site_code", "quantity", "status"), List.of("sku_code", "site_code", "planned_for"), false);
            case WEATHER -> new ImportTables(target, "weather", List.of("observed_at", "station", "temperature",
                    "humidity", "precipitation", "wind_speed", "issued_at"), List.of("station", "observed_at",
                            "issued_at"), false);
            case STORAGE_UNIT -> new ImportTables(target, "storage_unit", List.of("code", "site_code", "name", "type",
                    "capacity", "capacity_unit"), List.of("code"), true);
            case SUPPLY_TERMS -> new ImportTables(target, "supply_terms", List.of("sku_code", "lead_time_days",
                    "lead_time_sd_days", "order_cost", "minimum_order", "pack_size", "unit_volume",
                    "storage_unit_code", "holding_rate"), List.of("sku_code"), true);
            // Two identical movements at the same moment are one movement read twice.
            case STOCK_MOVEMENT -> new ImportTables(target, "stock_movement", List.of("moved_at", "sku_code",
                    "storage_unit_code", "kind", "quantity", "unit_cost"), List.of("sku_code", "moved_at",
                            "storage_unit_code", "kind", "row_key"), false);
        };
    }

    /** Sales lines are keyed by day and content rather than by an identity (see the V2 migration). */
    boolean hasLineKey() {
        return keyColumns.contains("line_key");
    }

    /** The position in the row's values of a key column, or -1 for the row or line key. */
    int valueIndex(String keyColumn) {
        return columns.indexOf(keyColumn);
    }

    /**
     * Inserts a row. A row whose key is stored fails on the unique index, or, without one, is skipped with an update
     * count of 0; either way the row was not inserted.
     */
    String insert() {
        List<String> all = insertColumns();
        String marks = String.join(", ", Collections.nCopies(all.size(), "?"));
        String insert = "INSERT INTO " + table + " (" + String.join(", ", all) + ") ";
        return uniqueIndexOnKey ? insert + "VALUES (" + marks + ")"
                : insert + "SELECT " + marks + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + keyCondition()
                        + ")";
    }

    /** The columns an import writes: the fields, the trace columns, and the line key where there is one. */
    List<String> insertColumns() {
        List<String> all = new java.util.ArrayList<>(columns);
        all.addAll(TRACE_COLUMNS);
        if (hasLineKey()) {
            all.add("line_key");
        }
        return all;
    }

    /** The stored row with the same key: its content key, batch and line, then its fields (see StoredKeys). */
    String findExisting() {
        return "SELECT row_key, batch_id, source_line, " + String.join(", ", columns) + " FROM " + table + " WHERE "
                + keyCondition();
    }

    /** Optional key parts (a site, an issue time) match when both are empty. */
    private String keyCondition() {
        return keyColumns.stream().map(column -> column + " IS NOT DISTINCT FROM ?").collect(Collectors.joining(" AND "));
    }

    /** Tables that name others come before them, so a batch's own rows never block their own removal. */
    static List<String> tablesUndoneFirst() {
        return List.of("sales_line", "stock_level", "stock_movement", "production_plan", "weather", "supply_terms",
                "storage_unit", "sku", "site");
    }
}
