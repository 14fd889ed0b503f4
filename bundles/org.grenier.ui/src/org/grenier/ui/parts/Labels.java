package org.grenier.ui.parts;

import org.grenier.core.store.RecordKind;
import org.grenier.core.store.SourceHealth;
import org.grenier.ui.Messages;

/** The translated names of the core's enumerations, and the short names the parts give files. */
final class Labels {

    private Labels() {
    }

    static String of(RecordKind kind) {
        return switch (kind) {
            case SKU -> Messages.RecordKind_SKU;
            case SITE -> Messages.RecordKind_SITE;
            case STORAGE_UNIT -> Messages.RecordKind_STORAGE_UNIT;
            case STOCK_MOVEMENT -> Messages.RecordKind_STOCK_MOVEMENT;
            case SUPPLY_TERMS -> Messages.RecordKind_SUPPLY_TERMS;
            case SALES_LINE -> Messages.RecordKind_SALES_LINE;
            case STOCK_LEVEL -> Messages.RecordKind_STOCK_LEVEL;
            case PRODUCTION_PLAN -> Messages.RecordKind_PRODUCTION_PLAN;
            case WEATHER -> Messages.RecordKind_WEATHER;
            case SENSOR_READING -> Messages.RecordKind_SENSOR_READING;
            case IMPORT_BATCH -> Messages.RecordKind_IMPORT_BATCH;
        };
    }

    static String of(SourceHealth.Source source) {
        return switch (source) {
            case IMPORT -> HealthWords.Source_IMPORT;
            case SALES -> HealthWords.Source_SALES;
            case STOCK_COUNT -> HealthWords.Source_STOCK_COUNT;
            case SENSOR -> HealthWords.Source_SENSOR;
            case WEATHER -> HealthWords.Source_WEATHER;
            case PRODUCTION_PLAN -> HealthWords.Source_PRODUCTION_PLAN;
        };
    }

    /** A file's name without its folder, which the import history shows in full. */
    static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
