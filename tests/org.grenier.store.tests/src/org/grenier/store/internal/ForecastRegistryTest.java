package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.core.forecast.TrainingWindow;
import org.grenier.core.store.ForecastRegistry;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model registry on a real H2 file: runs kept whole, versioned, compared and restored, across reopening. */
class ForecastRegistryTest {

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void keepsEveryRunWholeAndVersionedAcrossReopening() {
        ForecastRun first = run("BLE-T1", "ets", 10.0, Instant.parse("2026-11-01T08:00:00Z"));
        ForecastRun second = run("BLE-T1", "theta", 12.0, Instant.parse("2026-11-08T08:00:00Z"));
        try (Store store = opener.open(folder).orElseThrow()) {
            ForecastRun recorded = store.forecasts().record(first).orElseThrow();
            assertEquals(1, recorded.version());
            assertTrue(recorded.active());
            assertEquals(2, store.forecasts().record(second).orElseThrow().version());
            store.forecasts().record(run("MAIS-G", "arima", 3.0, Instant.parse("2026-11-08T09:00:00Z")));
        }
        try (Store store = opener.open(folder).orElseThrow()) {
            ForecastRegistry registry = store.forecasts();
            List<ForecastRun> runs = registry.runs("BLE-T1").orElseThrow();
            assertEquals(List.of(2, 1), runs.stream().map(ForecastRun::version).toList(), "newest first");
            assertEquals(List.of(true, false), runs.stream().map(ForecastRun::active).toList());
            assertSameRun(first, runs.get(1));
            assertSameRun(second, runs.get(0));
            assertEquals(List.of("BLE-T1", "MAIS-G"), registry.series().orElseThrow());
        }
    }

    @Test
    void restoresAnOlderRunAsTheActiveOne() {
        try (Store store = opener.open(folder).orElseThrow()) {
            ForecastRegistry registry = store.forecasts();
            ForecastRun old = registry.record(run("BLE-T1", "ets", 10.0, Instant.parse("2026-11-01T08:00:00Z")))
                    .orElseThrow();
            registry.record(run("BLE-T1", "theta", 12.0, Instant.parse("2026-11-08T08:00:00Z"))).orElseThrow();
            assertEquals("theta", registry.active("BLE-T1").orElseThrow().orElseThrow().chosen());

            ForecastRun restored = registry.restore(old.id()).orElseThrow();
            assertEquals(old.id(), restored.id());
            ForecastRun active = registry.active("BLE-T1").orElseThrow().orElseThrow();
            assertEquals(old.id(), active.id());
            assertSameRun(old, active);
            assertEquals(1, registry.runs("BLE-T1").orElseThrow().stream().filter(ForecastRun::active).count());
            assertTrue(registry.restore(999_999).failed(), "an unknown run cannot be restored");
        }
    }

    @Test
    void writesNothingOfARunThatCannotBeStoredWhole() {
        String tooLong = "p".repeat(500);
        ForecastRun broken = new ForecastRun(0, 0, "BLE-T1", Instant.parse("2026-11-01T08:00:00Z"), "auto", "ets",
                window(), forecast("BLE-T1", 1.0), Map.of(tooLong, 1.0), List.of(), false);
        try (Store store = opener.open(folder).orElseThrow()) {
            store.forecasts().record(run("BLE-T1", "ets", 10.0, Instant.parse("2026-10-01T08:00:00Z")));
            Result<ForecastRun> failed = store.forecasts().record(broken);
            assertTrue(failed.failed(), "a parameter name longer than its column is refused");
            List<ForecastRun> runs = store.forecasts().runs("BLE-T1").orElseThrow();
            assertEquals(1, runs.size(), "the refused run left no row behind");
            assertTrue(runs.get(0).active(), "and the active run stayed active");
        }
    }

    private static void assertSameRun(ForecastRun expected, ForecastRun actual) {
        assertEquals(expected.series(), actual.series());
        assertEquals(expected.trainedAt(), actual.trainedAt());
        assertEquals(expected.asked(), actual.asked());
        assertEquals(expected.chosen(), actual.chosen());
        assertEquals(expected.window().frequency(), actual.window().frequency());
        assertEquals(expected.window().firstPeriod(), actual.window().firstPeriod());
        assertEquals(expected.window().lastPeriod(), actual.window().lastPeriod());
        assertEquals(expected.window().observations(), actual.window().observations());
        assertEquals(expected.window().naiveError(), actual.window().naiveError());
        assertArrayEquals(expected.window().binEdges(), actual.window().binEdges());
        assertArrayEquals(expected.window().binShares(), actual.window().binShares());
        assertEquals(expected.parameters(), actual.parameters());
        assertEquals(expected.candidates().stream().map(BacktestScore::method).sorted().toList(),
                actual.candidates().stream().map(BacktestScore::method).sorted().toList());
        assertEquals(expected.chosenScore().orElseThrow().mase(), actual.chosenScore().orElseThrow().mase());
        assertEquals(expected.forecast().model(), actual.forecast().model());
        assertEquals(expected.forecast().reason(), actual.forecast().reason());
        assertArrayEquals(expected.forecast().mean(), actual.forecast().mean());
        assertArrayEquals(expected.forecast().lo80(), actual.forecast().lo80());
        assertArrayEquals(expected.forecast().hi95(), actual.forecast().hi95());
    }

    private static ForecastRun run(String series, String chosen, double level, Instant at) {
        List<BacktestScore> scores = List.of(
                new BacktestScore(chosen, 1, 3, 0.8, 12.5, 3.1, -0.2, 80, 100),
                new BacktestScore("snaive", 1, 3, 1.1, 15.0, 4.0, 0.5, 60, 90));
        return new ForecastRun(0, 0, series, at, "auto", chosen, window(), forecast(series, level),
                Map.of("alpha", 0.25, "sigma2", level / 7), scores, false);
    }

    private static TrainingWindow window() {
        return new TrainingWindow(Frequency.WEEKLY, LocalDateTime.parse("2025-01-06T00:00"),
                LocalDateTime.parse("2026-10-26T00:00"), 95, 2.75, new double[] {3, 5, 8},
                new double[] {0.2, 0.3, 0.4, 0.1});
    }

    private static SeriesForecast forecast(String series, double level) {
        double[] mean = {level, level + 1, level + 2};
        return new SeriesForecast(series, "ETS(A,N,N)", mean, minus(mean, 2), minus(mean, -2), minus(mean, 4),
                minus(mean, -4), "chose it: lowest backtest MASE");
    }

    private static double[] minus(double[] values, double delta) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] -= delta;
        }
        return out;
    }

    @Test
    void aStoreWithoutRunsHasNoActiveRun() {
        try (Store store = opener.open(folder).orElseThrow()) {
            assertFalse(store.forecasts().active("BLE-T1").orElseThrow().isPresent());
            assertTrue(store.forecasts().runs("BLE-T1").orElseThrow().isEmpty());
        }
    }
}
