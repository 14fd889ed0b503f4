package org.grenier.cli.internal;

import java.io.PrintStream;

import org.grenier.core.Result;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.StoreSummary;

/** {@code grenier info}: where the store is, its schema version and what it holds. */
final class InfoCommand implements Command {

    private final Services services;

    InfoCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "show the store's folder, schema version and record counts";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier info [--db PATH] [--output FILE]

                Opens the store (creating it when missing) and prints its folder, schema version
                and how many records of each kind it holds.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<StoreSummary> summary = store.summary();
            if (summary.failed()) {
                err.println("grenier info: " + summary.message());
                return ExitCodes.FAILED;
            }
            print(summary.value(), out);
            return ExitCodes.OK;
        });
    }

    static void print(StoreSummary summary, PrintStream out) {
        out.printf("%-16s %s%n", "Store", summary.folder());
        out.printf("%-16s %d%n", "Schema version", summary.schemaVersion());
        for (RecordKind kind : RecordKind.values()) {
            out.printf("%-16s %d%n", label(kind), summary.count(kind));
        }
    }

    static String label(RecordKind kind) {
        return switch (kind) {
            case SKU -> "Products";
            case SITE -> "Sites";
            case STORAGE_UNIT -> "Storage units";
            case STOCK_MOVEMENT -> "Stock movements";
            case SUPPLY_TERMS -> "Supply terms";
            case SALES_LINE -> "Sales lines";
            case STOCK_LEVEL -> "Stock levels";
            case PRODUCTION_PLAN -> "Production plan";
            case WEATHER -> "Weather records";
            case SENSOR_READING -> "Sensor readings";
            case IMPORT_BATCH -> "Imports";
        };
    }
}
