package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.forecast.ForecastServing;
import org.grenier.core.forecast.ModelHealth;
import org.grenier.core.forecast.ModelOperations;
import org.grenier.core.forecast.ModelThresholds;
import org.grenier.core.forecast.ServingStats;
import org.grenier.core.store.Store;

/**
 * {@code grenier models health}: serves every active forecast twice (from the registry, then from the cache) to
 * measure serving, then prints each method's costs, accuracy and alerts.
 */
final class ModelHealthCommand {

    /** Exit code when a model raises an alert, so a scheduled script can act. */
    static final int ALERTS = 3;

    static final String USAGE = """

            grenier models health [--max-serve-ms 100] [--max-fit-ms 5000] [--max-memory-mb 512]
                                  [--max-error-ratio 1.5]
            serves each active forecast twice (from the registry, then from the cache), then
            prints per method: series and runs, training and final-fit time (95th percentile),
            the most memory one training allocated, serving time (95th percentile), backtest and
            live MASE (last drift checks), and an alert for each figure past its limit (exit 3).""";

    private ModelHealthCommand() {
    }

    static int run(Services services, Store store, Invocation invocation, PrintStream out, PrintStream err) {
        Optional<ForecastServing> serving = services.find(ForecastServing.class);
        Optional<ModelOperations> operations = services.find(ModelOperations.class);
        if (serving.isEmpty() || operations.isEmpty()) {
            err.println("grenier models: the model operations services did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        ModelThresholds limits = new ModelThresholds(limit(invocation, "--max-serve-ms", 100),
                limit(invocation, "--max-fit-ms", 5_000), limit(invocation, "--max-memory-mb", 512),
                limit(invocation, "--max-error-ratio", 1.5));
        Result<List<String>> series = store.forecasts().series();
        if (series.failed()) {
            err.println("grenier models: " + series.message());
            return ExitCodes.FAILED;
        }
        for (int pass = 0; pass < 2; pass++) {
            series.value().forEach(sku -> serving.get().serve(store, sku));
        }
        Result<List<ModelHealth>> health = operations.get().health(store, limits);
        if (health.failed()) {
            err.println("grenier models: " + health.message());
            return ExitCodes.FAILED;
        }
        print(health.value(), serving.get().stats(), out);
        return health.value().stream().anyMatch(ModelHealth::alerting) ? ALERTS : ExitCodes.OK;
    }

    static double limit(Invocation invocation, String option, double fallback) {
        String text = invocation.option(option).orElse(Double.toString(fallback));
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes a positive number, not '" + text + "'");
    }

    private static void print(List<ModelHealth> health, ServingStats stats, PrintStream out) {
        out.printf("%-8s  %6s  %4s  %11s  %8s  %10s  %9s  %8s  %8s  %s%n", "Method", "Series", "Runs", "Train p95",
                "Fit p95", "Memory max", "Serve p95", "Backtest", "Live", "Alerts");
        for (ModelHealth h : health) {
            out.printf(Locale.ROOT, "%-8s  %6d  %4d  %8s ms  %5s ms  %7s MB  %6s ms  %8s  %8s  %s%n", h.method(),
                    h.activeSeries(), h.runs(), figure(h.trainingMillisP95(), 0), figure(h.fitMillisP95(), 0),
                    figure(h.allocatedMegabytesMax(), 1), figure(h.serveMillisP95(), 2), figure(h.backtestMase(), 3),
                    figure(h.liveMase(), 3), h.alerts().isEmpty() ? "-" : String.join("; ", h.alerts()));
        }
        out.printf(Locale.ROOT, "%nCache: %d of %d forecasts held, %d hits, %d misses, %d evicted, %d expired%n",
                stats.cached(), stats.capacity(), stats.hits(), stats.misses(), stats.evicted(), stats.expired());
        for (ServingStats.Latency l : stats.latencies()) {
            out.printf(Locale.ROOT, "Served %-8s %5d times: median %.2f ms, 95th percentile %.2f ms, max %.2f ms%n",
                    l.method(), l.served(), l.medianMillis(), l.p95Millis(), l.maxMillis());
        }
    }

    private static String figure(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
