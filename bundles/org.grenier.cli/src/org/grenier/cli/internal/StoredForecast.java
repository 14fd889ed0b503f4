package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastTraining;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.TrainingPlan;
import org.grenier.core.store.Store;

/**
 * {@code grenier forecast --sku A,B}: trains products' forecasts from the store's sales, records each run in the
 * model registry as the product's active one and prints the forecasts as {@code grenier forecast --input} does.
 */
final class StoredForecast {

    private StoredForecast() {
    }

    static int run(Services services, Invocation invocation, int horizon, String method, int threads,
            PrintStream out, PrintStream err) {
        Optional<ForecastTraining> training = services.find(ForecastTraining.class);
        if (training.isEmpty()) {
            err.println("grenier forecast: the training service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        Frequency frequency = ForecastInput.frequencyOption(invocation).orElse(Frequency.WEEKLY);
        int origins = ForecastInput.positive(invocation.option("--origins").orElse("3"), "--origins");
        TrainingPlan plan = new TrainingPlan(frequency, horizon, method, TrainingPlan.DEFAULT_CANDIDATES, origins,
                ZoneId.systemDefault(), invocation.option("--holidays").orElse(TrainingPlan.NO_HOLIDAYS));
        return StoreAccess.withStore(services, invocation, err, "forecast", store -> {
            Result<List<String>> skus = skus(store, invocation.option("--sku").orElseThrow());
            if (skus.failed()) {
                err.println("grenier forecast: " + skus.message());
                return ExitCodes.FAILED;
            }
            List<Result<ForecastRun>> runs = training.get().train(store, skus.value(), plan, threads,
                    new NullProgressMonitor());
            return print(runs, frequency, out, err);
        });
    }

    /** The codes given, or every product with sales for {@code all}. */
    static Result<List<String>> skus(Store store, String option) {
        if (option.equalsIgnoreCase("all")) {
            Result<List<String>> sold = store.skusSold();
            return sold.failed() || !sold.value().isEmpty() ? sold
                    : Result.error("the store has no sales to forecast from; import some first");
        }
        return Result.ok(List.of(option.split(",")).stream().map(String::strip).filter(code -> !code.isEmpty())
                .toList());
    }

    private static int print(List<Result<ForecastRun>> runs, Frequency frequency, PrintStream out, PrintStream err) {
        DateTimeFormatter dates = frequency == Frequency.HOURLY || frequency == Frequency.HALF_HOURLY
                ? DateTimeFormatter.ISO_LOCAL_DATE_TIME
                : DateTimeFormatter.ISO_LOCAL_DATE;
        out.println(ForecastCommand.HEADER);
        int trained = 0;
        for (Result<ForecastRun> result : runs) {
            if (result.failed()) {
                err.println("grenier forecast: " + result.message());
                continue;
            }
            trained++;
            ForecastRun run = result.value();
            ForecastCommand.write(out, run.forecast(), run.window().lastPeriod(), frequency, dates);
            err.printf(Locale.ROOT, "grenier forecast: %s run %d (version %d): %s, %s%n", run.series(), run.id(),
                    run.version(), run.forecast().model(), run.forecast().reason());
        }
        err.printf(Locale.ROOT, "grenier forecast: %d of %d products trained and recorded%n", trained, runs.size());
        return trained == 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
