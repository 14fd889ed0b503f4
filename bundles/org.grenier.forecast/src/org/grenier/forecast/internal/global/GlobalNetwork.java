package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.SeriesForecast;

/**
 * The neural candidate ({@code mlp}): a small multilayer perceptron of Smile's learnt across every series of a
 * frequency on the same lag-window rows as the trees, the role an LSTM plays elsewhere. Training stops early on the
 * held-out periods, which also calibrate its conformal intervals; the final fit uses everything for the epochs
 * chosen. Offered as a method, not part of {@code auto}: docs/BENCHMARKS.md has the M1 figures that decided it.
 */
public final class GlobalNetwork extends GlobalLearner {

    public static final String NAME = "mlp";

    @Override
    public String methodName() {
        return NAME;
    }

    /** Smile trains the network on one thread, so the thread limit always holds. */
    @Override
    protected List<Result<Fit>> learn(List<DemandSeries> group, int horizon, ComputeLimits limits,
            TrainingRows rows, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        FeatureLayout layout = rows.layout();
        List<DemandSeries> learners = rows.learners();
        Rows heldOut = rows.heldOut();
        Perceptron.Trial trial = Perceptron.trial(rows.training(), heldOut, progress.split(1));
        ConformalBands bands = ConformalBands.of(heldOut, trial.predictions(), horizon);
        Rows everything = rows.everything(horizon);
        Perceptron model = Perceptron.fit(everything, trial.epochs(), progress.split(1));
        Rows future = Rows.future(layout, group, horizon);
        double[] ratios = model.predict(future);
        String reason = String.format(Locale.ROOT, "a neural network (%s) learnt across %d series (%d rows) on %s;"
                + " %d epochs, stopped early by held-out error %.4f; intervals conformal from %d held-out forecasts",
                Perceptron.SHAPE, learners.size(), everything.size(), layout.describe(), trial.epochs(),
                trial.error(), bands.errors());
        Map<String, Double> parameters = Map.of("epochs", (double) trial.epochs(), "held-out error", trial.error(),
                "series", (double) learners.size(), "rows", (double) everything.size(), "row budget",
                (double) rows.budget().maxRows());
        List<Result<Fit>> results = new ArrayList<>();
        for (int s = 0; s < group.size(); s++) {
            SeriesForecast forecast = forecast(group.get(s), s, future, ratios, bands, horizon,
                    "MLP (global, " + Perceptron.SHAPE + ")", reason);
            results.add(Result.ok(new Fit(forecast, parameters)));
        }
        return results;
    }
}
