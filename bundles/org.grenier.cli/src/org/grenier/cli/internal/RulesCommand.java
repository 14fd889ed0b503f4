package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.AlertRule;

/** {@code grenier rules [--set UNIT,MEASURE,high=H,low=L,rate=R]}: the alert limits per storage unit and measure. */
final class RulesCommand implements Command {

    private final Services services;

    RulesCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String summary() {
        return "list or set the alert limits of a storage unit's measure";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier rules [--set UNIT,MEASURE[,high=H][,low=L][,rate=R]] [--db PATH]

                Lists the alert limits: per storage unit (* for every unit) and measure, the high and
                low limits (two readings in a row beyond them raise an alert) and the fastest change
                per hour. Until a limit is set, the defaults hold: above 30 °C (10 °C an hour at
                most), above 80 % relative humidity. A unit's limits replace the * limits of that
                measure. Example: grenier rules --set CF1,TEMPERATURE,high=8,low=0,rate=3
                Measures: TEMPERATURE, RELATIVE_HUMIDITY, CO2, GRAIN_MOISTURE. Recording reads the
                limits when it starts.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            if (invocation.option("--set").isPresent()) {
                AlertRule rule;
                try {
                    rule = parse(invocation.option("--set").get());
                } catch (IllegalArgumentException e) {
                    err.println("grenier rules: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                Result<Integer> saved = store.sensors().saveAlertRule(rule);
                if (saved.failed()) {
                    err.println("grenier rules: " + saved.message());
                    return ExitCodes.FAILED;
                }
            }
            Result<List<AlertRule>> rules = store.sensors().alertRules();
            if (rules.failed()) {
                err.println("grenier rules: " + rules.message());
                return ExitCodes.FAILED;
            }
            out.printf("%-12s  %-18s  %8s  %8s  %14s%n", "Unit", "Measure", "Low", "High", "Change/hour");
            for (AlertRule r : rules.value()) {
                out.printf("%-12s  %-18s  %8s  %8s  %14s%n", r.storageUnitCode(), r.measure(), text(r.low()),
                        text(r.high()), text(r.maxChangePerHour()));
            }
            return ExitCodes.OK;
        });
    }

    static AlertRule parse(String text) {
        String[] parts = text.split(",");
        if (parts.length < 3) {
            throw new IllegalArgumentException("--set needs UNIT,MEASURE and at least one of high=, low=, rate=");
        }
        Measure measure;
        try {
            measure = Measure.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("measure '" + parts[1].strip() + "' is not one of "
                    + List.of(Measure.values()));
        }
        OptionalDouble low = OptionalDouble.empty();
        OptionalDouble high = OptionalDouble.empty();
        OptionalDouble rate = OptionalDouble.empty();
        for (int i = 2; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            OptionalDouble value = OptionalDouble.of(number(pair));
            switch (pair[0].strip()) {
                case "low" -> low = value;
                case "high" -> high = value;
                case "rate" -> rate = value;
                default -> throw new IllegalArgumentException("'" + pair[0].strip() + "' is not high, low or rate");
            }
        }
        return new AlertRule(parts[0].strip(), measure, low, high, rate);
    }

    private static double number(String[] pair) {
        try {
            return Double.parseDouble(pair[1].strip().replace(',', '.'));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + String.join("=", pair) + "' needs a number after '='");
        }
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "-";
    }
}
