package org.grenier.forecast.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.forecast.DriftPolicy;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastServing.ServedForecast;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.ModelHealth;
import org.grenier.core.forecast.ModelThresholds;
import org.grenier.core.forecast.RunRecord;
import org.grenier.core.forecast.ServingStats;
import org.grenier.core.forecast.TrainingPlan;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.forecast.internal.TrainingService;
import org.grenier.forecast.internal.WeekdayDemand;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model operations on a real H2 store: training costs measured and kept, forecasts served from the cache and timed,
 * accuracy followed from training through drift checks, alerts raised where a figure passes its threshold.
 */
class ModelOperationsTest {

    private static final LocalDate FIRST_DAY = WeekdayDemand.FIRST_DAY;
    private static final int DAYS = 180;
    private static final TrainingPlan ETS = new TrainingPlan(Frequency.DAILY, 14, "ets", List.of(), 2, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);
    private final TrainingService training = new TrainingService(Clock.fixed(
            FIRST_DAY.plusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    private final ServingService serving = new ServingService();
    private final OperationsService operations = new OperationsService(serving);

    @Test
    void measuresEachTrainingAndKeepsItInTheRegistry() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(sales("BLE-T1", 0, DAYS, 1.0)).orElseThrow();
            ForecastRun run = training.train(store, List.of("BLE-T1"), ETS, 1, new NullProgressMonitor()).get(0)
                    .orElseThrow();

            assertTrue(run.cost().measured());
            assertTrue(run.cost().fitMillis() >= 0 && run.cost().fitMillis() <= run.cost().trainingMillis(),
                    run.cost().toString());
            assertTrue(run.cost().allocatedBytes() > 100_000, "fitting ETS allocates: " + run.cost());
            RunRecord kept = store.forecasts().records().orElseThrow().getFirst();
            assertEquals(run.cost(), kept.cost(), "the cost is kept with the run");
            assertEquals(run.chosenScore().orElseThrow().mase(), kept.backtestMase(), 1e-12);
            assertEquals(run.cost(), store.forecasts().active("BLE-T1").orElseThrow().orElseThrow().cost());
        }
    }

    @Test
    void servesFromTheCacheUntilTheProductIsRetrained() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(sales("BLE-T1", 0, DAYS, 1.0)).orElseThrow();
            training.train(store, List.of("BLE-T1"), ETS, 1, new NullProgressMonitor());

            ServedForecast first = serving.serve(store, "BLE-T1").orElseThrow();
            ServedForecast second = serving.serve(store, "BLE-T1").orElseThrow();
            assertFalse(first.cached());
            assertTrue(second.cached());
            assertEquals(first.run().id(), second.run().id());
            assertTrue(serving.serve(store, "ORGE-X").failed(), "a product never trained has nothing to serve");

            training.train(store, List.of("BLE-T1"), ETS, 1, new NullProgressMonitor());
            assertEquals(first.run().id(), serving.serve(store, "BLE-T1").orElseThrow().run().id(),
                    "until told, the cache serves what it holds");
            serving.forget(store, "BLE-T1");
            ServedForecast retrained = serving.serve(store, "BLE-T1").orElseThrow();
            assertFalse(retrained.cached());
            assertEquals(2, retrained.run().version());

            ServingStats stats = serving.stats();
            assertEquals(2, stats.hits());
            assertEquals(3, stats.misses());
            ServingStats.Latency ets = stats.latencies().getFirst();
            assertEquals("ets", ets.method());
            assertEquals(4, ets.served());
            assertTrue(ets.medianMillis() <= ets.p95Millis() && ets.p95Millis() <= ets.maxMillis(), ets.toString());
        }
    }

    @Test
    void followsAccuracyOverTimeAndAlertsWhenDemandShifts() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(sales("BLE-T1", 0, DAYS, 1.0)).orElseThrow();
            store.add(sales("ORGE-B", 0, DAYS, 1.0)).orElseThrow();
            training.train(store, List.of("BLE-T1", "ORGE-B"), ETS, 2, new NullProgressMonitor());
            serving.serve(store, "BLE-T1");

            ModelHealth calm = only(operations.health(store, ModelThresholds.DEFAULTS).orElseThrow());
            assertEquals("ets", calm.method());
            assertEquals(2, calm.activeSeries());
            assertTrue(Double.isNaN(calm.liveMase()), "no check yet");
            assertEquals(List.of(), calm.alerts());
            assertEquals(2, calm.accuracy().size(), "one backtest point per training");

            store.add(sales("BLE-T1", DAYS, 21, 1.8)).orElseThrow();
            store.add(sales("ORGE-B", DAYS, 21, 1.8)).orElseThrow();
            ZonedDateTime later = FIRST_DAY.plusDays(DAYS + 21).atStartOfDay(ZoneOffset.UTC);
            training.drift(store, "BLE-T1", later, DriftPolicy.WEEKLY).orElseThrow();
            training.drift(store, "ORGE-B", later, DriftPolicy.WEEKLY).orElseThrow();

            ModelHealth shifted = only(operations.health(store, ModelThresholds.DEFAULTS).orElseThrow());
            assertEquals(4, shifted.accuracy().size(), "and one live point per check");
            assertTrue(shifted.accuracy().getLast().live());
            assertTrue(shifted.liveMase() > 1.5 * shifted.backtestMase(), shifted.toString());
            assertTrue(shifted.alerts().stream().anyMatch(a -> a.startsWith("live error (MASE")), shifted.alerts()
                    .toString());
            assertTrue(shifted.alerts().contains("2 of 2 series degraded at their last check"), shifted.alerts()
                    .toString());
        }
    }

    @Test
    void raisesAnAlertForEachThresholdPassed() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(sales("BLE-T1", 0, DAYS, 1.0)).orElseThrow();
            training.train(store, List.of("BLE-T1"), ETS, 1, new NullProgressMonitor());
            serving.serve(store, "BLE-T1");
            ModelHealth strict = only(operations.health(store, new ModelThresholds(1e-6, 1e-6, 1e-6, 1.5))
                    .orElseThrow());
            assertEquals(3, strict.alerts().size(), strict.alerts().toString());
            assertTrue(strict.alerts().get(0).startsWith("served in"));
            assertTrue(strict.alerts().get(1).startsWith("fits in"));
            assertTrue(strict.alerts().get(2).startsWith("a training allocated"));
            assertNotEquals(Double.NaN, strict.serveMillisP95());
        }
    }

    private static ModelHealth only(List<ModelHealth> health) {
        assertEquals(1, health.size(), health.toString());
        return health.getFirst();
    }

    private static Dataset sales(String sku, int fromDay, int days, double level) {
        return WeekdayDemand.sales(sku, sku.hashCode(), fromDay, days, level);
    }
}
