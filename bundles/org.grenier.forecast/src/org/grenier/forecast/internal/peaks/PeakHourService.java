package org.grenier.forecast.internal.peaks;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.HourlyOrders;
import org.grenier.core.forecast.PeakHourClassification;
import org.grenier.core.forecast.PeakHourReport;
import org.osgi.service.component.annotations.Component;

import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * Peak hours by Smile's gradient-boosted classification trees: hours and weekdays interact (Saturday noon is not
 * Monday noon) and temperature acts by thresholds, which trees take as they come, and the logistic loss gives
 * probabilities a dispatcher can read as chances. The split is chronological: the classifier never sees the hours
 * it is scored on, and the peak threshold comes from the training hours only.
 */
@Component(service = PeakHourClassification.class)
public class PeakHourService implements PeakHourClassification {

    /** A week of lags before the first row, and at least a few weeks to learn from. */
    private static final int MINIMUM_HOURS = PeakFeatures.WEEK + 4 * PeakFeatures.WEEK;

    @Override
    public Result<PeakHourReport> evaluate(HourlyOrders history, double peakShare, double testShare,
            IProgressMonitor monitor) {
        if (peakShare <= 0 || peakShare >= 1 || testShare <= 0 || testShare >= 1) {
            return Result.error("the peak share and the test share must lie between 0 and 1, not " + peakShare
                    + " and " + testShare);
        }
        if (history.size() < MINIMUM_HOURS) {
            return Result.error("peak hours need at least " + MINIMUM_HOURS + " hours of orders (five weeks), have "
                    + history.size());
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Classifying peak hours", 2);
        int split = PeakFeatures.WEEK + (int) Math.round((history.size() - PeakFeatures.WEEK) * (1 - testShare));
        double threshold = threshold(history, split, peakShare);
        DataFrame training = PeakFeatures.rows(history, PeakFeatures.WEEK, split, threshold);
        DataFrame test = PeakFeatures.rows(history, split, history.size(), threshold);
        progress.split(1);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs(PeakFeatures.PEAK), training,
                new GradientTreeBoost.Options(200, 6, 16, 10, 0.05, 0.8, null, null));
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.split(1);
        int[] actual = test.column(PeakFeatures.PEAK).toIntArray();
        double[] chance = new double[actual.length];
        double[] posterior = new double[2];
        for (int row = 0; row < actual.length; row++) {
            model.predict(test.get(row), posterior);
            chance[row] = posterior[1];
        }
        return Result.ok(ClassifierScore.of(actual, chance).report(peakShare, threshold, split - PeakFeatures.WEEK));
    }

    /** Orders at or above which an hour is a peak: the (1 - peakShare) quantile of the training hours. */
    private static double threshold(HourlyOrders history, int split, double peakShare) {
        double[] training = Arrays.copyOfRange(history.orders(), PeakFeatures.WEEK, split);
        Arrays.sort(training);
        return training[Math.min(training.length - 1, (int) Math.floor((1 - peakShare) * training.length))];
    }
}
