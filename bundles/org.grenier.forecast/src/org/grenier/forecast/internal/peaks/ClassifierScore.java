package org.grenier.forecast.internal.peaks;

import java.util.ArrayList;
import java.util.List;

import org.grenier.core.forecast.PeakHourReport;
import org.grenier.core.forecast.PeakHourReport.CalibrationBin;

/** A binary classifier's predicted chances against what happened: the usual scores and its calibration. */
record ClassifierScore(int[] actual, double[] chance) {

    private static final int BINS = 10;

    static ClassifierScore of(int[] actual, double[] chance) {
        return new ClassifierScore(actual.clone(), chance.clone());
    }

    PeakHourReport report(double peakShare, double threshold, int trainingHours) {
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        int correct = 0;
        int peaks = 0;
        double brier = 0;
        for (int i = 0; i < actual.length; i++) {
            boolean said = chance[i] >= 0.5;
            boolean was = actual[i] == 1;
            peaks += was ? 1 : 0;
            correct += said == was ? 1 : 0;
            truePositive += said && was ? 1 : 0;
            falsePositive += said && !was ? 1 : 0;
            falseNegative += !said && was ? 1 : 0;
            brier += (chance[i] - actual[i]) * (chance[i] - actual[i]);
        }
        int n = actual.length;
        double precision = truePositive + falsePositive == 0 ? 0 : truePositive / (double) (truePositive + falsePositive);
        double recall = peaks == 0 ? 0 : truePositive / (double) peaks;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        List<CalibrationBin> bins = calibration();
        double calibrationError = bins.stream().mapToDouble(b -> b.hours() * Math.abs(b.meanPredicted() - b.observed()))
                .sum() / n;
        return new PeakHourReport(peakShare, threshold, trainingHours, n, correct / (double) n, precision, recall, f1,
                brier / n, calibrationError, (n - peaks) / (double) n, bins);
    }

    /** Ten bins of predicted chance, the empty ones left out. */
    private List<CalibrationBin> calibration() {
        int[] count = new int[BINS];
        double[] predicted = new double[BINS];
        double[] observed = new double[BINS];
        for (int i = 0; i < actual.length; i++) {
            int bin = Math.min(BINS - 1, (int) (chance[i] * BINS));
            count[bin]++;
            predicted[bin] += chance[i];
            observed[bin] += actual[i];
        }
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                bins.add(new CalibrationBin(b / (double) BINS, (b + 1) / (double) BINS, count[b],
                        predicted[b] / count[b], observed[b] / count[b]));
            }
        }
        return bins;
    }
}
