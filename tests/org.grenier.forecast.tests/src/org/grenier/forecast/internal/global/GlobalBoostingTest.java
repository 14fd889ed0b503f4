package org.grenier.forecast.internal.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.calendar.PublicHolidays;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.Regressors;
import org.grenier.core.forecast.SeriesCalendar;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.model.BatchForecaster.Fit;
import org.junit.jupiter.api.Test;

/** The global gradient-boosted model on simulated demand whose structure is known. */
class GlobalBoostingTest {

    private final GlobalBoosting trees = new GlobalBoosting();

    private static ComputeLimits threads(int threads) {
        return new ComputeLimits(threads, 512);
    }

    @Test
    void learnsASeasonSharedAcrossSeriesBetterThanLastYearRepeated() {
        Random random = new Random(11);
        List<DemandSeries> histories = new ArrayList<>();
        List<double[]> futures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double level = 50 + 450 * random.nextDouble();
            double[] y = new double[84];
            for (int t = 0; t < y.length; t++) {
                y[t] = level * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) * (1 + 0.05 * random.nextGaussian());
            }
            histories.add(new DemandSeries("S" + i, Arrays.copyOf(y, 72), Frequency.MONTHLY));
            futures.add(Arrays.copyOfRange(y, 72, 84));
        }
        List<Result<Fit>> fits = trees.forecastAll(histories, 12, threads(2), new NullProgressMonitor());
        double treeError = 0;
        double lastYearError = 0;
        for (int i = 0; i < histories.size(); i++) {
            double[] mean = fits.get(i).orElseThrow().forecast().mean();
            double[] y = histories.get(i).values();
            for (int step = 0; step < 12; step++) {
                treeError += Math.abs(mean[step] - futures.get(i)[step]);
                lastYearError += Math.abs(y[60 + step] - futures.get(i)[step]);
            }
        }
        assertTrue(treeError < 0.85 * lastYearError, treeError + " against seasonal naive " + lastYearError);
        Map<String, Double> parameters = fits.get(0).orElseThrow().parameters();
        assertTrue(parameters.get("trees kept") <= parameters.get("trees trained"), parameters.toString());
        assertTrue(parameters.get("rows") <= parameters.get("row budget"), parameters.toString());
        assertTrue(parameters.get("held-out error, trees kept") <= parameters.get("held-out error, all trees"),
                parameters.toString());
        assertTrue(fits.get(0).orElseThrow().forecast().reason().contains("kept by held-out error"));
    }

    @Test
    void promotionsKnownAheadRaiseTheirDays() {
        Random random = new Random(5);
        List<DemandSeries> histories = new ArrayList<>();
        int days = 200;
        int horizon = 14;
        for (int i = 0; i < 12; i++) {
            double level = 20 + 80 * random.nextDouble();
            double[] promo = new double[days + horizon];
            double[] y = new double[days];
            for (int t = 0; t < promo.length; t++) {
                promo[t] = t >= days ? (t == days + 2 || t == days + 8 ? 1 : 0) : random.nextDouble() < 0.1 ? 1 : 0;
            }
            for (int t = 0; t < days; t++) {
                y[t] = level * (1 + 0.8 * promo[t]) * (1 + 0.05 * random.nextGaussian());
            }
            SeriesCalendar calendar = SeriesCalendar.startingAt(LocalDateTime.of(2025, 1, 6, 0, 0))
                    .withRegressors(new Regressors(List.of("promo"), List.of(promo)));
            histories.add(new DemandSeries("P" + i, y, Frequency.DAILY, calendar));
        }
        for (Result<Fit> fit : trees.forecastAll(histories, horizon, threads(2), new NullProgressMonitor())) {
            double[] mean = fit.orElseThrow().forecast().mean();
            double ordinary = (Arrays.stream(mean).sum() - mean[2] - mean[8]) / (horizon - 2);
            assertTrue(mean[2] > 1.4 * ordinary && mean[8] > 1.4 * ordinary, Arrays.toString(mean));
        }
    }

    @Test
    void shopsClosedOnPublicHolidaysAreForecastClosed() {
        Random random = new Random(8);
        LocalDate first = LocalDate.of(2023, 1, 2);
        LocalDate end = LocalDate.of(2025, 4, 28);
        int days = (int) (end.toEpochDay() - first.toEpochDay());
        List<DemandSeries> histories = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double level = 40 + 60 * random.nextDouble();
            double[] y = new double[days];
            for (int t = 0; t < days; t++) {
                LocalDate day = first.plusDays(t);
                double weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1.5 : 1;
                y[t] = PublicHolidays.FRANCE.isHoliday(day) ? 0
                        : level * weekday * (1 + 0.05 * random.nextGaussian());
            }
            SeriesCalendar calendar = SeriesCalendar.startingAt(first.atStartOfDay())
                    .withHolidays(PublicHolidays.FRANCE);
            histories.add(new DemandSeries("H" + i, y, Frequency.DAILY, calendar));
        }
        // from Monday 2025-04-28: 1 May and 8 May (Thursdays) are 3 and 10 days ahead of the first forecast day
        for (Result<Fit> fit : trees.forecastAll(histories, 14, threads(2), new NullProgressMonitor())) {
            double[] mean = fit.orElseThrow().forecast().mean();
            assertTrue(mean[3] < 0.4 * mean[2] && mean[10] < 0.4 * mean[9], Arrays.toString(mean));
        }
    }

    @Test
    void eightyPercentIntervalsCoverAboutEightyPercent() {
        Random random = new Random(21);
        List<DemandSeries> histories = new ArrayList<>();
        List<double[]> futures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double level = 100 + 400 * random.nextDouble();
            double noise = 0.05 + 0.15 * random.nextDouble();
            double[] y = new double[54];
            for (int t = 0; t < y.length; t++) {
                y[t] = level * (1 + 0.2 * Math.sin(2 * Math.PI * t / 4)) * (1 + noise * random.nextGaussian());
            }
            histories.add(new DemandSeries("Q" + i, Arrays.copyOf(y, 48), Frequency.QUARTERLY));
            futures.add(Arrays.copyOfRange(y, 48, 54));
        }
        List<Result<Fit>> fits = trees.forecastAll(histories, 6, threads(2), new NullProgressMonitor());
        int inside80 = 0;
        int inside95 = 0;
        for (int i = 0; i < histories.size(); i++) {
            SeriesForecast f = fits.get(i).orElseThrow().forecast();
            for (int step = 0; step < 6; step++) {
                double actual = futures.get(i)[step];
                inside80 += actual >= f.lo80()[step] && actual <= f.hi80()[step] ? 1 : 0;
                inside95 += actual >= f.lo95()[step] && actual <= f.hi95()[step] ? 1 : 0;
            }
        }
        double points = histories.size() * 6.0;
        assertTrue(inside80 / points > 0.72 && inside80 / points < 0.88, inside80 + " of " + points);
        assertTrue(inside95 / points > 0.90, inside95 + " of " + points);
    }

    @Test
    void whatCannotBeForecastIsSaidPerSeriesAndCancelStops() {
        double[] promo = new double[30];
        SeriesCalendar calendar = SeriesCalendar.NONE.withRegressors(new Regressors(List.of("promo"),
                List.of(promo)));
        List<DemandSeries> histories = List.of(new DemandSeries("one", new double[] {4}, Frequency.MONTHLY),
                new DemandSeries("promo", new double[28], Frequency.MONTHLY, calendar));
        List<Result<Fit>> fits = trees.forecastAll(histories, 6, threads(1), new NullProgressMonitor());
        assertEquals("one: gbm needs at least 2 periods of history, has 1", fits.get(0).message());
        assertEquals("promo: the regressors are known for 2 future periods; gbm needs all 6 of the horizon",
                fits.get(1).message());

        List<DemandSeries> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(new DemandSeries("S" + i, new Random(i).doubles(60, 10, 20).toArray(), Frequency.MONTHLY));
        }
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> trees.forecastAll(many, 6, threads(1), cancelled));
    }
}
