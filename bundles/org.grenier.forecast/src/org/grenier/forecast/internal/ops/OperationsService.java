package org.grenier.forecast.internal.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.grenier.core.Result;
import org.grenier.core.forecast.AccuracyCheck;
import org.grenier.core.forecast.ForecastServing;
import org.grenier.core.forecast.ModelHealth;
import org.grenier.core.forecast.ModelOperations;
import org.grenier.core.forecast.ModelThresholds;
import org.grenier.core.forecast.RunRecord;
import org.grenier.core.forecast.ServingStats;
import org.grenier.core.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Follows every forecasting method over the registry's history: the cost of its trainings, the latency of serving its
 * forecasts, its backtest error when trained and its live error at each drift check since, with alerts where a figure
 * passes its threshold.
 */
@Component(service = ModelOperations.class)
public class OperationsService implements ModelOperations {

    private ForecastServing serving;

    public OperationsService() {
    }

    /** For use outside OSGi (tests). */
    public OperationsService(ForecastServing serving) {
        this.serving = serving;
    }

    @Reference
    void setServing(ForecastServing serving) {
        this.serving = serving;
    }

    @Override
    public Result<List<ModelHealth>> health(Store store, ModelThresholds thresholds) {
        Result<List<RunRecord>> records = store.forecasts().records();
        Result<List<AccuracyCheck>> checks = store.forecasts().checks();
        if (records.failed() || checks.failed()) {
            return Result.error(records.failed() ? records.message() : checks.message());
        }
        Map<String, List<RunRecord>> byMethod = records.value().stream()
                .collect(Collectors.groupingBy(RunRecord::method, TreeMap::new, Collectors.toList()));
        ServingStats stats = serving.stats();
        List<ModelHealth> health = new ArrayList<>();
        byMethod.forEach((method, runs) -> health.add(new MethodHealth(method, runs, checks.value(), stats)
                .health(thresholds)));
        return Result.ok(health);
    }

    /** One method's figures, gathered from its runs, their checks and its servings. */
    private record MethodHealth(String method, List<RunRecord> runs, List<AccuracyCheck> allChecks,
            ServingStats stats) {

        ModelHealth health(ModelThresholds limits) {
            List<RunRecord> active = runs.stream().filter(RunRecord::active).toList();
            List<RunRecord> measured = runs.stream().filter(run -> run.cost().measured()).toList();
            double training = Quantiles.of(measured.stream().mapToDouble(r -> r.cost().trainingMillis()).toArray(),
                    0.95);
            double fit = Quantiles.of(measured.stream().mapToDouble(r -> r.cost().fitMillis()).toArray(), 0.95);
            double allocated = measured.stream().mapToDouble(r -> r.cost().allocatedMegabytes()).max()
                    .orElse(Double.NaN);
            double serve = stats.latencies().stream().filter(l -> l.method().equals(method)).findFirst()
                    .map(ServingStats.Latency::p95Millis).orElse(Double.NaN);
            double backtest = mean(active.stream().mapToDouble(RunRecord::backtestMase).toArray());
            List<AccuracyCheck> latest = latestChecks(active);
            double live = mean(latest.stream().mapToDouble(AccuracyCheck::liveMase).toArray());
            List<String> alerts = new ArrayList<>();
            if (serve > limits.maxServeMillis()) {
                alerts.add(String.format("served in %.0f ms (95th percentile), over the %.0f ms limit", serve,
                        limits.maxServeMillis()));
            }
            if (fit > limits.maxFitMillis()) {
                alerts.add(String.format("fits in %.0f ms (95th percentile), over the %.0f ms limit", fit,
                        limits.maxFitMillis()));
            }
            if (allocated > limits.maxAllocatedMegabytes()) {
                alerts.add(String.format("a training allocated %.0f MB, over the %.0f MB limit", allocated,
                        limits.maxAllocatedMegabytes()));
            }
            if (live > limits.maxErrorRatio() * backtest) {
                alerts.add(String.format("live error (MASE %.2f) is %.1f times the backtest's (%.2f)", live,
                        live / backtest, backtest));
            }
            long degraded = latest.stream().filter(AccuracyCheck::degraded).count();
            if (degraded > 0) {
                alerts.add(degraded + " of " + active.size() + " series degraded at their last check");
            }
            return new ModelHealth(method, active.size(), runs.size(), training, fit, allocated, serve, backtest, live,
                    accuracy(), alerts);
        }

        /** The last check of each active run. */
        private List<AccuracyCheck> latestChecks(List<RunRecord> active) {
            Set<Long> ids = active.stream().map(RunRecord::runId).collect(Collectors.toSet());
            Map<Long, AccuracyCheck> last = new TreeMap<>();
            allChecks.stream().filter(check -> ids.contains(check.runId()))
                    .forEach(check -> last.put(check.runId(), check));
            return List.copyOf(last.values());
        }

        private List<ModelHealth.AccuracyPoint> accuracy() {
            Map<Long, String> ids = runs.stream().collect(Collectors.toMap(RunRecord::runId, RunRecord::series));
            List<ModelHealth.AccuracyPoint> points = new ArrayList<>();
            runs.stream().filter(run -> !Double.isNaN(run.backtestMase())).forEach(run -> points.add(
                    new ModelHealth.AccuracyPoint(run.trainedAt(), run.series(), run.backtestMase(), false)));
            allChecks.stream().filter(check -> ids.containsKey(check.runId()) && !Double.isNaN(check.liveMase()))
                    .forEach(check -> points.add(new ModelHealth.AccuracyPoint(check.checkedAt(), check.series(),
                            check.liveMase(), true)));
            points.sort(Comparator.comparing(ModelHealth.AccuracyPoint::at));
            return points;
        }

        private static double mean(double[] values) {
            double sum = 0;
            int count = 0;
            for (double value : values) {
                if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                    sum += value;
                    count++;
                }
            }
            return count == 0 ? Double.NaN : sum / count;
        }
    }
}
