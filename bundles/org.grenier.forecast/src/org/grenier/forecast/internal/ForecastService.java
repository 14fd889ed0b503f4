package org.grenier.forecast.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.backtest.RollingOrigin;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.UnfitSeries;
import org.osgi.service.component.annotations.Component;

/** The forecasting engine: one series at a time, or many in parallel on named threads. */
@Component(service = ForecastEngine.class)
public class ForecastService implements ForecastEngine {

    private final MethodCatalogue catalogue = new MethodCatalogue();

    @Override
    public List<String> methods() {
        return catalogue.names();
    }

    @Override
    public Result<SeriesForecast> forecast(DemandSeries history, int horizon, String method) {
        if (horizon < 1) {
            return Result.error("The forecast horizon must be at least one period, was " + horizon);
        }
        ForecastMethod chosen = catalogue.find(method).orElse(null);
        if (chosen == null) {
            return Result.error("Unknown forecasting method '" + method + "'; known: " + String.join(", ", methods()));
        }
        try {
            FittedModel model = chosen.fit(history.values(), history.frequency().seasonPeriod());
            Prediction p = model.forecast(horizon);
            String reason = chosen instanceof AutomaticChoice automatic ? automatic.reason()
                    : "method " + method + " asked for";
            return Result.ok(new SeriesForecast(history.name(), model.name(), p.mean(), p.lo80(), p.hi80(), p.lo95(),
                    p.hi95(), reason));
        } catch (UnfitSeries unfit) {
            return Result.error(history.name() + ": " + unfit.getMessage());
        }
    }

    @Override
    public List<Result<SeriesForecast>> forecastAll(List<DemandSeries> histories, int horizon, String method,
            int threads, IProgressMonitor monitor) {
        AtomicReferenceArray<Result<SeriesForecast>> results = new AtomicReferenceArray<>(histories.size());
        SeriesPool.forEach(histories.size(), threads, "Forecasting " + histories.size() + " series", monitor,
                index -> results.set(index, guarded(histories.get(index), horizon, method)));
        List<Result<SeriesForecast>> ordered = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            Result<SeriesForecast> result = results.get(i);
            ordered.add(result != null ? result
                    : Result.error(histories.get(i).name() + ": not forecast, the run was cancelled"));
        }
        return ordered;
    }

    @Override
    public Result<List<BacktestScore>> backtest(List<DemandSeries> histories, int horizon, int origins,
            List<String> methods, int threads, IProgressMonitor monitor) {
        if (horizon < 1 || origins < 1) {
            return Result.error("A backtest needs a horizon and a number of origins of at least 1, not " + horizon
                    + " and " + origins);
        }
        List<ForecastMethod> chosen = new ArrayList<>();
        for (String name : methods) {
            Optional<ForecastMethod> method = catalogue.find(name);
            if (method.isEmpty()) {
                return Result.error("Unknown forecasting method '" + name + "'; known: " + String.join(", ", methods()));
            }
            chosen.add(method.get());
        }
        RollingOrigin backtest = new RollingOrigin(horizon, origins, chosen);
        boolean complete = SeriesPool.forEach(histories.size(), threads, "Backtesting " + histories.size()
                + " series", monitor, index -> backtest.run(index, histories.get(index)));
        return complete ? Result.ok(backtest.scores()) : Result.error("The backtest was cancelled");
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
