package org.grenier.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.calendar.PublicHolidays;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DriftPolicy;
import org.grenier.core.forecast.DriftReason;
import org.grenier.core.forecast.DriftReport;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.TrainingPlan;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training from a real H2 store's sales into its model registry, and drift checks on the sales that follow: a level
 * shift injected after training must be flagged, the same demand continuing must not.
 */
class TrainingServiceTest {

    private static final LocalDate FIRST_DAY = WeekdayDemand.FIRST_DAY;
    private static final int TRAINING_DAYS = 210;
    private static final int HORIZON = 28;
    private static final TrainingPlan PLAN = new TrainingPlan(Frequency.DAILY, HORIZON, ForecastEngine.AUTO,
            TrainingPlan.DEFAULT_CANDIDATES, 3, ZoneOffset.UTC);
    private static final DriftPolicy MONTHLY_RETRAINING = new DriftPolicy(1.5, 0.25, 3, Duration.ofDays(30));

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);
    private final TrainingService training = new TrainingService(Clock.fixed(
            FIRST_DAY.plusDays(TRAINING_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));

    @Test
    void choosesEachProductsModelByBacktestAndRecordsTheRun() {
        try (Store store = opener.open(folder).orElseThrow()) {
            // the clock stands at the start of the day after the training days: that day's sale is left out
            store.add(sales("BLE-T1", 0, TRAINING_DAYS + 1, 1.0)).orElseThrow();
            List<Result<ForecastRun>> results = training.train(store, List.of("BLE-T1", "ORGE-X"), PLAN, 2,
                    new NullProgressMonitor());

            ForecastRun run = results.get(0).orElseThrow();
            assertTrue(results.get(1).failed(), "a product without sales cannot be trained");
            assertTrue(results.get(1).message().contains("ORGE-X"), results.get(1).message());
            assertEquals(1, run.version());
            assertEquals(HORIZON, run.forecast().horizon());
            assertEquals(FIRST_DAY.plusDays(TRAINING_DAYS - 1).atStartOfDay(), run.window().lastPeriod());
            assertEquals(TRAINING_DAYS, run.window().observations());
            assertEquals(TrainingPlan.DEFAULT_CANDIDATES.size(), run.candidates().size());
            BacktestScore best = run.candidates().stream().min(Comparator.comparingDouble(BacktestScore::mase))
                    .orElseThrow();
            assertEquals(best.method(), run.chosen(), "the lowest backtest error is kept");
            assertTrue(run.forecast().reason().startsWith("chose " + best.method()), run.forecast().reason());
            assertFalse(run.parameters().isEmpty(), "the fitted parameters are recorded");
            assertEquals(run.id(), store.forecasts().active("BLE-T1").orElseThrow().orElseThrow().id());

            ForecastRun again = training.train(store, List.of("BLE-T1"), PLAN, 1, new NullProgressMonitor()).get(0)
                    .orElseThrow();
            assertEquals(2, again.version());
        }
    }

    @Test
    void flagsALevelShiftAfterTraining() {
        DriftReport report = driftAfter(1.6, MONTHLY_RETRAINING);
        assertEquals(21, report.periodsCompared(), "the day under way is left out");
        assertTrue(report.liveMase() > 1.5 * report.backtestMase(), report.toString());
        assertTrue(report.psi() > 0.25, report.toString());
        assertTrue(report.degraded(), report.toString());
        assertTrue(report.retrainDue(), report.toString());
        assertEquals(2, report.reasons().size(), report.reasons().toString());
    }

    @Test
    void doesNotFlagDemandThatCarriesOnAsBefore() {
        DriftReport report = driftAfter(1.0, MONTHLY_RETRAINING);
        assertEquals(21, report.periodsCompared());
        assertFalse(report.degraded(), report.toString());
        assertFalse(report.retrainDue(), report.toString());
        assertTrue(report.reasons().isEmpty(), report.reasons().toString());
    }

    @Test
    void schedulesRetrainingAWeekAfterTraining() {
        DriftReport report = driftAfter(1.0, DriftPolicy.WEEKLY);
        assertFalse(report.degraded(), report.toString());
        assertTrue(report.retrainDue(), report.toString());
        assertEquals("trained more than 7 days ago", report.reasonText());
        assertEquals(List.of(new DriftReason(DriftReason.Kind.TRAINED_LONG_AGO, "trained more than 7 days ago", 7)),
                report.reasons());
    }

    @Test
    void storedTrainingSeesThePlansPublicHolidays() {
        // a shop shut on French public holidays; trained on 5 November, so Armistice Day (11th) is 7 days ahead
        int days = 304;
        LocalDate armistice = LocalDate.of(2026, 11, 11);
        TrainingService autumn = new TrainingService(Clock.fixed(FIRST_DAY.plusDays(days).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), ZoneOffset.UTC));
        try (Store store = opener.open(folder).orElseThrow()) {
            Dataset all = sales("BLE-T1", 0, days, 1.0);
            store.add(new Dataset(List.of(), List.of(), List.of(), List.of(), all.sales().stream()
                    .filter(line -> !PublicHolidays.FRANCE.isHoliday(line.at().atZone(ZoneOffset.UTC).toLocalDate()))
                    .toList(), List.of())).orElseThrow();
            ForecastRun blind = trainTrees(autumn, store, TrainingPlan.NO_HOLIDAYS);
            ForecastRun seeing = trainTrees(autumn, store, "fr");
            assertTrue(seeing.forecast().reason().contains("holidays fr"), seeing.forecast().reason());
            int day = (int) (armistice.toEpochDay() - FIRST_DAY.plusDays(days).toEpochDay());
            assertTrue(share(seeing, day) < 0.5, "shut on the 11th: " + share(seeing, day));
            assertTrue(share(blind, day) > 0.7, "a Wednesday like another without holidays: " + share(blind, day));
        }
    }

    private static ForecastRun trainTrees(TrainingService service, Store store, String holidays) {
        TrainingPlan plan = new TrainingPlan(Frequency.DAILY, 14, "gbm", List.of("gbm"), 1, ZoneOffset.UTC, holidays);
        return service.train(store, List.of("BLE-T1"), plan, 1, new NullProgressMonitor()).get(0).orElseThrow();
    }

    /** The forecast of day {@code index} as a share of the days either side (the Tuesday and Thursday). */
    private static double share(ForecastRun run, int index) {
        double[] mean = run.forecast().mean();
        return mean[index] / ((mean[index - 1] + mean[index + 1]) / 2);
    }

    /** Trains on the first days, stores 21 more days at {@code level} times the demand and part of a 22nd. */
    private DriftReport driftAfter(double level, DriftPolicy policy) {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(sales("BLE-T1", 0, TRAINING_DAYS, 1.0)).orElseThrow();
            training.train(store, List.of("BLE-T1"), PLAN, 1, new NullProgressMonitor()).get(0).orElseThrow();
            store.add(sales("BLE-T1", TRAINING_DAYS, 22, level)).orElseThrow();
            ZonedDateTime now = FIRST_DAY.plusDays(TRAINING_DAYS + 21).atTime(12, 0).atZone(ZoneOffset.UTC);
            return training.drift(store, "BLE-T1", now, policy).orElseThrow();
        }
    }

    private static Dataset sales(String sku, int fromDay, int days, double level) {
        return WeekdayDemand.sales(sku, 17, fromDay, days, level);
    }
}
