package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.model.BatchForecaster;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.SeriesPool;

/**
 * The method {@code auto}, the choice Grenier makes for a planner who does not want to choose: the mean of two
 * forecasts that err differently, the median of exponential smoothing, ARIMA and Theta (each series on its own) and
 * the global gradient-boosted trees (all series together). On the M1 competition the blend beat each part and R's
 * ets, auto.arima and thetaf at every frequency (docs/BENCHMARKS.md). Its intervals are the trees' conformal bands,
 * centred on the blend: they are measured on held-out periods, and the blend errs less than the trees alone.
 */
public final class BlendedChoice implements BatchForecaster {

    private final ForecastMethod statistical;
    private final GlobalBoosting trees;

    public BlendedChoice(ForecastMethod statistical, GlobalBoosting trees) {
        this.statistical = statistical;
        this.trees = trees;
    }

    @Override
    public String methodName() {
        return ForecastEngine.AUTO;
    }

    @Override
    public List<Result<Fit>> forecastAll(List<DemandSeries> histories, int horizon, ComputeLimits limits,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Forecasting " + histories.size() + " series", 2);
        List<Result<Fit>> learnt = trees.forecastAll(histories, horizon, limits, progress.split(1));
        AtomicReferenceArray<Result<Own>> own = new AtomicReferenceArray<>(histories.size());
        boolean complete = SeriesPool.forEach(histories.size(), limits.threads(), "Fitting statistical models", progress.split(1),
                index -> own.set(index, fit(histories.get(index), horizon)));
        if (!complete) {
            throw new OperationCanceledException();
        }
        List<Result<Fit>> results = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            results.add(blend(histories.get(i), own.get(i), learnt.get(i)));
        }
        return results;
    }

    /** The statistical median's fit and forecast, or the reason it has none. */
    private Result<Own> fit(DemandSeries history, int horizon) {
        try {
            FittedModel model = statistical.fit(history.values(), history.frequency().seasonPeriod());
            return Result.ok(new Own(model, model.forecast(horizon)));
        } catch (RuntimeException failed) { // UnfitSeries, or a defect in one model: the trees may still serve
            return Result.error(failed.getMessage() != null ? failed.getMessage() : failed.toString());
        }
    }

    private record Own(FittedModel model, Prediction prediction) {
    }

    private static Result<Fit> blend(DemandSeries history, Result<Own> own, Result<Fit> learnt) {
        if (own.failed()) {
            return learnt.failed() ? Result.error(history.name() + ": " + own.message() + "; " + learnt.message())
                    : withReason(learnt.value(), "statistical models unavailable (" + own.message() + "); "
                            + learnt.value().forecast().reason());
        }
        Own fitted = own.value();
        Prediction p = fitted.prediction();
        if (learnt.failed()) {
            return Result.ok(new Fit(new SeriesForecast(history.name(), fitted.model().name(), p.mean(), p.lo80(),
                    p.hi80(), p.lo95(), p.hi95(), "median of exponential smoothing, ARIMA and Theta, intervals"
                            + " spanning the three; the global trees could not be used: " + learnt.message()),
                    fitted.model().parameters()));
        }
        SeriesForecast tree = learnt.value().forecast();
        int horizon = p.horizon();
        double[] mean = new double[horizon];
        double[] lo80 = new double[horizon], hi80 = new double[horizon];
        double[] lo95 = new double[horizon], hi95 = new double[horizon];
        double[] treeMean = tree.mean();
        for (int i = 0; i < horizon; i++) {
            mean[i] = (p.mean()[i] + treeMean[i]) / 2;
            lo80[i] = mean[i] - (treeMean[i] - tree.lo80()[i]);
            hi80[i] = mean[i] + (tree.hi80()[i] - treeMean[i]);
            lo95[i] = mean[i] - (treeMean[i] - tree.lo95()[i]);
            hi95[i] = mean[i] + (tree.hi95()[i] - treeMean[i]);
        }
        Map<String, Double> parameters = new LinkedHashMap<>(fitted.model().parameters());
        learnt.value().parameters().forEach((key, value) -> parameters.put("GBM " + key, value));
        String reason = "mean of the median of exponential smoothing, ARIMA and Theta and of " + tree.reason()
                + " (intervals centred on the mean)";
        return Result.ok(new Fit(new SeriesForecast(history.name(), "Mean of " + fitted.model().name() + " and "
                + tree.model(), mean, lo80, hi80, lo95, hi95, reason), parameters));
    }

    private static Result<Fit> withReason(Fit fit, String reason) {
        SeriesForecast f = fit.forecast();
        return Result.ok(new Fit(new SeriesForecast(f.series(), f.model(), f.mean(), f.lo80(), f.hi80(), f.lo95(),
                f.hi95(), reason), fit.parameters()));
    }
}
