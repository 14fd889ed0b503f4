package org.grenier.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;

/** The engine as other bundles get it: an OSGi service. */
class ForecastServiceTest {

    private final ForecastEngine engine = OsgiServices.get(ForecastEngine.class);

    @Test
    void everyMethodGivesFiniteNestedIntervalsOnRandomSeries() {
        Random random = new Random(42);
        for (int trial = 0; trial < 12; trial++) {
            DemandSeries series = randomSeries(random, trial);
            for (String method : engine.methods()) {
                SeriesForecast f = engine.forecast(series, 10, method).orElseThrow();
                for (int i = 0; i < 10; i++) {
                    String where = method + " on " + series.name() + " step " + (i + 1);
                    assertTrue(Double.isFinite(f.mean()[i]) && Double.isFinite(f.lo95()[i]) && Double.isFinite(f.hi95()[i]), where);
                    assertTrue(f.lo95()[i] <= f.lo80()[i] && f.lo80()[i] <= f.hi80()[i] && f.hi80()[i] <= f.hi95()[i],
                            where);
                }
            }
        }
    }

    @Test
    void manySeriesComeBackInOrderWithFailuresOfTheirOwn() {
        List<DemandSeries> histories = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 9; i++) {
            histories.add(randomSeries(random, i));
        }
        histories.add(4, new DemandSeries("too-short", new double[] { 5 }, Frequency.MONTHLY));
        List<Result<SeriesForecast>> results = engine.forecastAll(histories, 6, ForecastEngine.AUTO, 2,
                new NullProgressMonitor());
        assertEquals(10, results.size());
        for (int i = 0; i < 10; i++) {
            if (i == 4) {
                assertTrue(results.get(i).failed());
                assertTrue(results.get(i).message().startsWith("too-short: "), results.get(i).message());
            } else {
                assertEquals(histories.get(i).name(), results.get(i).orElseThrow().series());
            }
        }
    }

    @Test
    void aCancelledRunForecastsNoMore() {
        List<DemandSeries> histories = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            histories.add(randomSeries(random, 2));
        }
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        List<Result<SeriesForecast>> results = engine.forecastAll(histories, 6, "ets", 1, monitor);
        assertEquals(200, results.size());
        assertTrue(results.stream().filter(Result::failed).count() > 150, "most series left undone");
        assertTrue(results.stream().filter(Result::failed).allMatch(r -> r.message().contains("cancelled")));
    }

    @Test
    void badRequestsAreExplained() {
        DemandSeries series = randomSeries(new Random(1), 0);
        assertEquals("The forecast horizon must be at least one period, was 0",
                engine.forecast(series, 0, "ets").message());
        Result<SeriesForecast> unknown = engine.forecast(series, 3, "prophet");
        assertTrue(unknown.failed());
        assertTrue(unknown.message().startsWith("Unknown forecasting method 'prophet'; known: auto, gbm, median, ets"),
                unknown.message());
        assertFalse(engine.forecast(series, 3, "auto").value().reason().isBlank());
    }

    /** Monthly demand with a level, maybe a trend, maybe a season, noise; some with zeros or negatives. */
    static DemandSeries randomSeries(Random random, int trial) {
        int n = 20 + random.nextInt(80);
        double level = 50 + random.nextDouble() * 500;
        double trend = trial % 3 == 0 ? 0 : random.nextGaussian() * 2;
        double season = trial % 2 == 0 ? random.nextDouble() * 0.3 * level : 0;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level + trend * t + season * Math.sin(2 * Math.PI * t / 12) + random.nextGaussian() * level * 0.1;
            if (trial == 5) {
                y[t] = random.nextDouble() < 0.4 ? 0 : y[t];
            }
            if (trial == 7) {
                y[t] -= level * 1.2;
            }
        }
        return new DemandSeries("series-" + trial, y, Frequency.MONTHLY);
    }
}
