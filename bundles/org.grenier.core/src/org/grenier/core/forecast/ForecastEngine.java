package org.grenier.core.forecast;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;

/** Forecasts demand series with a named method or an automatic choice among them. Provided as an OSGi service. */
public interface ForecastEngine {

    /** The method that chooses for each series: {@value}. */
    String AUTO = "auto";

    /** The names {@link #forecast} accepts: {@code auto}, {@code ets}, {@code theta}, {@code snaive}... */
    List<String> methods();

    Result<SeriesForecast> forecast(DemandSeries history, int horizon, String method);

    /**
     * Forecasts many series on up to {@code threads} threads, in the order given, within the working memory of the
     * user's {@link org.grenier.core.ComputeSettings}; a series that cannot be forecast gets an error result of its
     * own and does not stop the others. Cancelling stops at the next series.
     */
    List<Result<SeriesForecast>> forecastAll(List<DemandSeries> histories, int horizon, String method, int threads,
            IProgressMonitor monitor);

    /**
     * A rolling-origin backtest: each method forecasts each series from {@code origins} successive cut-off points,
     * the last one {@code horizon} periods before the end, seeing only the history before its cut-off, and is scored
     * against what followed. Series too short for a cut-off are skipped for it.
     */
    Result<List<BacktestScore>> backtest(List<DemandSeries> histories, int horizon, int origins, List<String> methods,
            int threads, IProgressMonitor monitor);
}
