package org.grenier.forecast.internal.global;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;
import org.grenier.forecast.internal.model.BatchForecaster.Fit;
import org.junit.jupiter.api.Test;

/** The neural candidate learns a season shared across series, stops early, is reproducible and can be cancelled. */
class GlobalNetworkTest {

    private static final ComputeLimits LIMITS = new ComputeLimits(1, 256);
    private final GlobalNetwork network = new GlobalNetwork();

    @Test
    void learnsASeasonSharedAcrossSeriesBetterThanTheMean() {
        List<DemandSeries> histories = new ArrayList<>();
        List<double[]> futures = new ArrayList<>();
        seasonal(30, 11, histories, futures);
        List<Result<Fit>> fits = network.forecastAll(histories, 12, LIMITS, new NullProgressMonitor());
        double networkError = 0;
        double meanError = 0;
        for (int i = 0; i < histories.size(); i++) {
            Fit fit = fits.get(i).orElseThrow();
            double[] y = histories.get(i).values();
            double mean = Arrays.stream(y).average().orElseThrow();
            for (int step = 0; step < 12; step++) {
                networkError += Math.abs(fit.forecast().mean()[step] - futures.get(i)[step]);
                meanError += Math.abs(mean - futures.get(i)[step]);
                assertTrue(fit.forecast().lo95()[step] <= fit.forecast().lo80()[step]
                        && fit.forecast().hi80()[step] <= fit.forecast().hi95()[step], "nested intervals");
            }
        }
        assertTrue(networkError < 0.6 * meanError, networkError + " against the mean's " + meanError);
        double epochs = fits.get(0).orElseThrow().parameters().get("epochs");
        assertTrue(epochs >= 1 && epochs <= 60, "stopped early or at the cap: " + epochs);
    }

    @Test
    void theSameRowsGiveTheSameForecast() {
        List<DemandSeries> histories = new ArrayList<>();
        seasonal(8, 3, histories, new ArrayList<>());
        double[] first = network.forecastAll(histories, 6, LIMITS, new NullProgressMonitor()).get(0).orElseThrow()
                .forecast().mean();
        double[] second = network.forecastAll(histories, 6, LIMITS, new NullProgressMonitor()).get(0).orElseThrow()
                .forecast().mean();
        assertArrayEquals(first, second, 1e-12);
    }

    @Test
    void stopsWhenCancelled() {
        List<DemandSeries> histories = new ArrayList<>();
        seasonal(8, 3, histories, new ArrayList<>());
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> network.forecastAll(histories, 6, LIMITS, cancelled));
    }

    /** Monthly series of different sizes sharing one yearly season: 72 months known, 12 to forecast. */
    private static void seasonal(int count, long seed, List<DemandSeries> histories, List<double[]> futures) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            double level = 50 + 450 * random.nextDouble();
            double[] y = new double[84];
            for (int t = 0; t < y.length; t++) {
                y[t] = level * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) * (1 + 0.05 * random.nextGaussian());
            }
            histories.add(new DemandSeries("S" + i, Arrays.copyOf(y, 72), Frequency.MONTHLY));
            futures.add(Arrays.copyOfRange(y, 72, 84));
        }
    }
}
