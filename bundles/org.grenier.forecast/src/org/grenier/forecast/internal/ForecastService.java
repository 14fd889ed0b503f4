package org.grenier.forecast.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.SeriesForecast;
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
            String reason = chosen instanceof AutomaticChoice automatic ? automatic.reason() : "method " + method + " asked for";
            return Result.ok(new SeriesForecast(history.name(), model.name(), p.mean(), p.lo80(), p.hi80(), p.lo95(),
                    p.hi95(), reason));
        } catch (UnfitSeries unfit) {
            return Result.error(history.name() + ": " + unfit.getMessage());
        }
    }

    @Override
    public List<Result<SeriesForecast>> forecastAll(List<DemandSeries> histories, int horizon, String method,
            int threads, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Forecasting " + histories.size() + " series",
                histories.size());
        AtomicReferenceArray<Result<SeriesForecast>> results = new AtomicReferenceArray<>(histories.size());
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), namedThreads());
        try {
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(workers);
            for (int i = 0; i < histories.size(); i++) {
                int index = i;
                done.submit(() -> {
                    results.set(index, guarded(histories.get(index), horizon, method));
                    return index;
                });
            }
            for (int i = 0; i < histories.size(); i++) {
                if (progress.isCanceled()) {
                    workers.shutdownNow();
                    break;
                }
                waitFor(done.take());
                progress.worked(1);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
        List<Result<SeriesForecast>> ordered = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            Result<SeriesForecast> result = results.get(i);
            ordered.add(result != null ? result
                    : Result.error(histories.get(i).name() + ": not forecast, the run was cancelled"));
        }
        return ordered;
    }

    /** One series' forecast; a defect in a model fails that series with its message, not the whole run. */
    private Result<SeriesForecast> guarded(DemandSeries history, int horizon, String method) {
        try {
            return forecast(history, horizon, method);
        } catch (RuntimeException defect) {
            return Result.error(history.name() + ": the forecast failed (" + defect + ")");
        }
    }

    private static void waitFor(Future<Integer> task) throws InterruptedException {
        try {
            task.get();
        } catch (ExecutionException failed) {
            throw new IllegalStateException("a forecast failed unexpectedly", failed.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "Grenier forecast " + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
