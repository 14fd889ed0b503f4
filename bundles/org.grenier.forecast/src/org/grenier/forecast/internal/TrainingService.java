package org.grenier.forecast.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Result;
import org.grenier.core.forecast.AccuracyCheck;
import org.grenier.core.forecast.DriftPolicy;
import org.grenier.core.forecast.DriftReport;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastTraining;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SalesHistory;
import org.grenier.core.forecast.TrainingPlan;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.store.Store;
import org.grenier.forecast.internal.drift.DriftCheck;
import org.grenier.forecast.internal.model.SeriesPool;
import org.grenier.forecast.internal.model.UnfitSeries;
import org.grenier.forecast.internal.ops.DefaultLimits;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trains products' forecasts from a store's sales into its model registry, and checks the active ones for drift. */
@Component(service = ForecastTraining.class)
public class TrainingService implements ForecastTraining {

    private final MethodCatalogue catalogue = new MethodCatalogue();
    private final Clock clock;
    private ComputeSettings settings = new DefaultLimits();

    public TrainingService() {
        this(Clock.systemUTC());
    }

    /** A service whose runs are dated by {@code clock}, for tests that need time to pass. */
    public TrainingService(Clock clock) {
        this.clock = clock;
    }

    /** A service held to these limits, for use outside OSGi (tests). */
    public TrainingService(Clock clock, ComputeSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** The user's compute limits (the preferences, from this bundle); outside OSGi, the defaults. */
    @Reference
    void setSettings(ComputeSettings chosen) {
        settings = chosen;
    }

    @Override
    public List<Result<ForecastRun>> train(Store store, List<String> skus, TrainingPlan plan, int threads,
            IProgressMonitor monitor) {
        List<String> unknown = SeriesTraining.unknown(catalogue, plan);
        if (!unknown.isEmpty()) {
            Result<ForecastRun> error = Result.error("Unknown forecasting method " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", catalogue.names()));
            return skus.stream().map(sku -> error).toList();
        }
        AtomicReferenceArray<Result<ForecastRun>> results = new AtomicReferenceArray<>(skus.size());
        ComputeLimits limits = settings.limits(threads);
        // the products train side by side, so each has its share of the working memory
        int sideBySide = Math.max(1, Math.min(limits.threads(), skus.size()));
        ComputeLimits each = new ComputeLimits(1, Math.max(ComputeLimits.MIN_MEMORY_MEGABYTES,
                limits.memoryMegabytes() / sideBySide));
        SeriesTraining training = new SeriesTraining(catalogue, plan, each);
        SeriesPool.forEach(skus.size(), limits.threads(), "Training " + skus.size() + " forecasts", monitor,
                index -> results.set(index, trainOne(store, skus.get(index), plan, training)));
        List<Result<ForecastRun>> ordered = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            Result<ForecastRun> result = results.get(i);
            ordered.add(result != null ? result : Result.error(skus.get(i) + ": " + CANCELLED));
        }
        return ordered;
    }

    private Result<ForecastRun> trainOne(Store store, String sku, TrainingPlan plan, SeriesTraining training) {
        Result<SalesHistory> history = history(store, sku, plan.frequency(), plan.zone());
        if (history.failed()) {
            return Result.error(history.message());
        }
        try {
            SalesHistory complete = completePeriods(history.value(), plan).withHolidays(plan.holidayCalendar());
            return store.forecasts().record(training.train(complete, clock.instant()));
        } catch (UnfitSeries unfit) {
            return Result.error(sku + ": " + unfit.getMessage());
        } catch (RuntimeException defect) {
            return Result.error(sku + ": the training failed (" + defect + ")");
        }
    }

    /** The history without the period under way, whose sales so far would read as a drop in demand. */
    private SalesHistory completePeriods(SalesHistory history, TrainingPlan plan) {
        LocalDateTime current = plan.frequency().periodStart(LocalDateTime.ofInstant(clock.instant(), plan.zone()));
        if (history.lastPeriod().isBefore(current)) {
            return history;
        }
        if (!history.firstPeriod().isBefore(current)) {
            throw new UnfitSeries("its only sales are in the " + plan.frequency().label() + " period under way");
        }
        return history.until(plan.frequency().after(current, -1));
    }

    @Override
    public Result<DriftReport> drift(Store store, String sku, ZonedDateTime now, DriftPolicy policy) {
        Result<Optional<ForecastRun>> active = store.forecasts().active(sku);
        if (active.failed()) {
            return Result.error(active.message());
        }
        if (active.value().isEmpty()) {
            return Result.error(sku + " has no forecast in the registry yet; train one first");
        }
        ForecastRun run = active.value().get();
        Result<SalesHistory> history = history(store, sku, run.window().frequency(), now.getZone());
        if (history.failed()) {
            return Result.error(history.message());
        }
        DriftReport report = new DriftCheck(policy).check(run, history.value(), now);
        // every check is kept, so that the model's accuracy can be followed over time
        Result<AccuracyCheck> kept = store.forecasts().recordCheck(AccuracyCheck.of(report, now.toInstant()));
        return kept.failed() ? Result.error(kept.message()) : Result.ok(report);
    }

    private static Result<SalesHistory> history(Store store, String sku, Frequency frequency, ZoneId zone) {
        Result<List<SalesObservation>> sales = store.sales(sku);
        if (sales.failed()) {
            return Result.error(sales.message());
        }
        if (sales.value().isEmpty()) {
            return Result.error(sku + " has no sales in the store to forecast from");
        }
        return Result.ok(SalesHistory.of(sku, sales.value(), frequency, zone));
    }
}
