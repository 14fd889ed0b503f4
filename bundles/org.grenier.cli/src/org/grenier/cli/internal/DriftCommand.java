package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.forecast.DriftPolicy;
import org.grenier.core.forecast.DriftReport;
import org.grenier.core.forecast.ForecastTraining;
import org.grenier.core.store.Store;

/** {@code grenier drift [--sku CODE,...]}: how each active forecast has held up against the sales since. */
final class DriftCommand implements Command {

    /** Exit code when a forecast has degraded, so a scheduled script can retrain. */
    static final int DEGRADED = 3;

    private final Services services;

    DriftCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public String summary() {
        return "check active forecasts against the sales stored since they were trained";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier drift [--sku CODE[,CODE...]] [--db PATH] [--output FILE]

                For each product with an active forecast (or those named), compares the periods
                completed since training with the forecast: live MASE against the backtest's, and
                the population stability index of the new sales against the training history.
                A forecast is degraded when its live MASE exceeds 1.5 times the backtest's (over 3
                periods or more) or the index exceeds 0.25 beyond chance (over 10 periods or more);
                retraining is due when degraded, a week after training, or when the forecast is used up.
                Exit code 3 when any forecast is degraded.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<ForecastTraining> training = services.find(ForecastTraining.class);
        if (training.isEmpty()) {
            err.println("grenier drift: the training service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<List<String>> skus = skus(store, invocation);
            if (skus.failed()) {
                err.println("grenier drift: " + skus.message());
                return ExitCodes.FAILED;
            }
            return report(training.get(), store, skus.value(), out, err);
        });
    }

    private static Result<List<String>> skus(Store store, Invocation invocation) {
        Optional<String> named = invocation.option("--sku");
        return named.isPresent() ? StoredForecast.skus(store, named.get()) : store.forecasts().series();
    }

    private static int report(ForecastTraining training, Store store, List<String> skus, PrintStream out,
            PrintStream err) {
        out.printf("%-20s  %5s  %7s  %9s  %9s  %6s  %-8s  %-7s  %s%n", "Product", "Run", "Periods", "Live MASE",
                "Test MASE", "PSI", "State", "Retrain", "Why");
        boolean degraded = false;
        boolean failed = false;
        ZonedDateTime now = ZonedDateTime.now();
        for (String sku : skus) {
            Result<DriftReport> checked = training.drift(store, sku, now, DriftPolicy.WEEKLY);
            if (checked.failed()) {
                err.println("grenier drift: " + checked.message());
                failed = true;
                continue;
            }
            DriftReport r = checked.value();
            degraded |= r.degraded();
            out.printf(Locale.ROOT, "%-20s  %5d  %7d  %9s  %9s  %6s  %-8s  %-7s  %s%n", sku, r.runId(),
                    r.periodsCompared(), figure(r.liveMase()), figure(r.backtestMase()), figure(r.psi()),
                    r.degraded() ? "degraded" : "ok", r.retrainDue() ? "due" : "-", r.reasonText());
        }
        return degraded ? DEGRADED : failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
