package org.grenier.optimize.internal.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.model.DailySales;
import org.grenier.core.planning.DemandOutlook;
import org.grenier.core.store.Store;

/**
 * The demand outlook of each product over the horizon: its active forecast when it is daily or weekly (a week's
 * forecast spread evenly over its days, the spread over the root of seven), extended past its horizon by its last
 * week; otherwise the mean and spread of its daily sales over the last 13 weeks of the store's sales.
 */
final class DemandOutlooks {

    static final int HISTORY_DAYS = 91;

    private final Map<String, double[]> recentDays = new HashMap<>();

    DemandOutlooks(List<DailySales> sales) {
        LocalDate last = sales.stream().map(DailySales::day).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        LocalDate first = last.minusDays(HISTORY_DAYS - 1);
        for (DailySales day : sales) {
            if (!day.day().isBefore(first)) {
                recentDays.computeIfAbsent(day.skuCode(), s -> new double[HISTORY_DAYS])[(int) (day.day().toEpochDay()
                        - first.toEpochDay())] += day.quantity();
            }
        }
    }

    /** The outlook and where it came from; empty when the product has neither forecast nor recent sales. */
    Optional<Sourced> outlook(Store store, String sku, int horizon) {
        Optional<ForecastRun> run = store.forecasts().active(sku).asOptional().flatMap(o -> o);
        if (run.isPresent()) {
            Frequency frequency = run.get().window().frequency();
            if (frequency == Frequency.DAILY || frequency == Frequency.WEEKLY) {
                DemandOutlook perPeriod = DemandOutlook.fromForecast(sku, run.get().forecast());
                return Optional.of(new Sourced(daily(perPeriod, frequency == Frequency.WEEKLY ? 7 : 1, horizon),
                        "forecast v" + run.get().version() + " (" + run.get().chosen() + ")"));
            }
        }
        double[] days = recentDays.get(sku);
        if (days == null) {
            return Optional.empty();
        }
        double mean = Arrays.stream(days).average().orElse(0);
        double variance = Arrays.stream(days).map(d -> (d - mean) * (d - mean)).sum() / (days.length - 1);
        return Optional.of(new Sourced(DemandOutlook.steady(sku, mean, Math.sqrt(variance), horizon),
                "last 13 weeks of sales"));
    }

    private static DemandOutlook daily(DemandOutlook periods, int daysPerPeriod, int horizon) {
        double[] mean = periods.mean();
        double[] sd = periods.sd();
        double[] dayMean = new double[horizon];
        double[] daySd = new double[horizon];
        int tail = Math.max(1, Math.min(mean.length, 7 / daysPerPeriod));
        for (int day = 0; day < horizon; day++) {
            int period = day / daysPerPeriod;
            // past the forecast's horizon, the days repeat its last week
            int source = period < mean.length ? period : mean.length - tail + (period - mean.length) % tail;
            dayMean[day] = mean[source] / daysPerPeriod;
            daySd[day] = sd[source] / Math.sqrt(daysPerPeriod);
        }
        return new DemandOutlook(periods.sku(), dayMean, daySd);
    }

    /** An outlook with where it came from. */
    record Sourced(DemandOutlook outlook, String source) {
    }
}
