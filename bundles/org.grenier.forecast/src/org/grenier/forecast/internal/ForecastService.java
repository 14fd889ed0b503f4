package org.grenier.forecast.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Result;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.backtest.BatchBacktest;
import org.grenier.forecast.internal.backtest.RollingOrigin;
import org.grenier.forecast.internal.model.BatchForecaster;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.SeriesPool;
import org.grenier.forecast.internal.model.UnfitSeries;
import org.grenier.forecast.internal.ops.DefaultLimits;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The forecasting engine: one series at a time, or many in parallel on named threads. */
@Component(service = ForecastEngine.class)
public class ForecastService implements ForecastEngine {

    private final MethodCatalogue catalogue = new MethodCatalogue();
    private ComputeSettings settings = new DefaultLimits();

    public ForecastService() {
    }

    /** An engine held to these limits, for use outside OSGi (tests). */
    public ForecastService(ComputeSettings settings) {
        this.settings = settings;
    }

    /** The user's compute limits (the preferences, from this bundle); outside OSGi, the defaults. */
    @Reference
    void setSettings(ComputeSettings chosen) {
        settings = chosen;
    }

    @Override
    public List<String> methods() {
        return catalogue.names();
    }

    @Override
    public Result<SeriesForecast> forecast(DemandSeries history, int horizon, String method) {
        if (horizon < 1) {
            return Result.error("The forecast horizon must be at least one period, was " + horizon);
        }
        if (!catalogue.knows(method)) {
            return unknown(method);
        }
        Optional<BatchForecaster> batch = catalogue.batch(method);
        if (batch.isPresent()) {
            return forecastBatch(batch.get(), List.of(history), horizon, settings.limits(1), new NullProgressMonitor())
                    .get(0);
        }
        ForecastMethod chosen = catalogue.find(method).orElseThrow();
        try {
            FittedModel model = chosen.fit(history.values(), history.frequency().seasonPeriod());
            Prediction p = model.forecast(horizon);
            return Result.ok(new SeriesForecast(history.name(), model.name(), p.mean(), p.lo80(), p.hi80(), p.lo95(),
                    p.hi95(), "method " + method + " asked for"));
        } catch (UnfitSeries unfit) {
            return Result.error(history.name() + ": " + unfit.getMessage());
        }
    }

    @Override
    public List<Result<SeriesForecast>> forecastAll(List<DemandSeries> histories, int horizon, String method,
            int threads, IProgressMonitor monitor) {
        Optional<BatchForecaster> batch = catalogue.batch(method);
        if (batch.isPresent() && horizon >= 1) {
            return forecastBatch(batch.get(), histories, horizon, settings.limits(threads), monitor);
        }
        AtomicReferenceArray<Result<SeriesForecast>> results = new AtomicReferenceArray<>(histories.size());
        SeriesPool.forEach(histories.size(), threads, "Forecasting " + histories.size() + " series", monitor,
                index -> results.set(index, guarded(histories.get(index), horizon, method)));
        List<Result<SeriesForecast>> ordered = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            ordered.add(orCancelled(results.get(i), histories.get(i)));
        }
        return ordered;
    }

    private static List<Result<SeriesForecast>> forecastBatch(BatchForecaster method, List<DemandSeries> histories,
            int horizon, ComputeLimits limits, IProgressMonitor monitor) {
        try {
            return method.forecastAll(histories, horizon, limits, monitor).stream()
                    .map(fit -> fit.failed() ? Result.<SeriesForecast>error(fit.message())
                            : Result.ok(fit.value().forecast()))
                    .toList();
        } catch (OperationCanceledException cancelled) {
            return histories.stream().map(h -> orCancelled(null, h)).toList();
        } catch (RuntimeException defect) {
            return histories.stream().map(h -> Result.<SeriesForecast>error(h.name() + ": the " + method.methodName()
                    + " forecast failed (" + defect + ")")).toList();
        }
    }

    private static Result<SeriesForecast> orCancelled(Result<SeriesForecast> result, DemandSeries history) {
        return result != null ? result : Result.error(history.name() + ": not forecast, the run was cancelled");
    }

    @Override
    public Result<List<BacktestScore>> backtest(List<DemandSeries> histories, int horizon, int origins,
            List<String> methods, int threads, IProgressMonitor monitor) {
        if (horizon < 1 || origins < 1) {
            return Result.error("A backtest needs a horizon and a number of origins of at least 1, not " + horizon
                    + " and " + origins);
        }
        for (String name : methods) {
            if (!catalogue.knows(name)) {
                return Result.error(unknown(name).message());
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Backtesting " + histories.size() + " series",
                methods.size());
        List<BacktestScore> scores = new ArrayList<>();
        try {
            for (String name : methods) {
                Optional<BatchForecaster> batch = catalogue.batch(name);
                if (batch.isPresent()) {
                    scores.add(BatchBacktest.run(batch.get(), histories, horizon, origins, settings.limits(threads),
                            progress.split(1)));
                } else if (!backtestOne(catalogue.find(name).orElseThrow(), histories, horizon, origins, threads,
                        progress.split(1), scores)) {
                    return Result.error("The backtest was cancelled");
                }
            }
        } catch (OperationCanceledException cancelled) {
            return Result.error("The backtest was cancelled");
        }
        return Result.ok(scores);
    }

    private static boolean backtestOne(ForecastMethod method, List<DemandSeries> histories, int horizon, int origins,
            int threads, IProgressMonitor monitor, List<BacktestScore> scores) {
        RollingOrigin backtest = new RollingOrigin(horizon, origins, List.of(method));
        boolean complete = SeriesPool.forEach(histories.size(), threads, "Backtesting " + method.methodName(),
                monitor, index -> backtest.run(index, histories.get(index)));
        scores.addAll(backtest.scores());
        return complete;
    }

    private Result<SeriesForecast> unknown(String method) {
        return Result.error("Unknown forecasting method '" + method + "'; known: " + String.join(", ", methods()));
    }

    /** One series' forecast; a defect in a model fails that series with its message, not the whole run. */
    private Result<SeriesForecast> guarded(DemandSeries history, int horizon, String method) {
        try {
            return forecast(history, horizon, method);
        } catch (RuntimeException defect) {
            return Result.error(history.name() + ": the forecast failed (" + defect + ")");
        }
    }
}
