package org.grenier.core.forecast;

import java.util.List;

/**
 * How well peak hours (the busiest {@code peakShare} of hours in the training part) are told apart on the hours
 * held out at the end, against always answering "no peak": accuracy, precision, recall, F1, and how honest the
 * predicted probabilities are (Brier score, calibration by bins, expected calibration error).
 */
public record PeakHourReport(double peakShare, double threshold, int trainingHours, int testHours, double accuracy,
        double precision, double recall, double f1, double brier, double calibrationError, double baselineAccuracy,
        List<CalibrationBin> calibration) {

    public PeakHourReport {
        calibration = List.copyOf(calibration);
    }

    /** Test hours whose predicted chance of a peak fell in [from, to): their mean prediction and how many peaked. */
    public record CalibrationBin(double from, double to, int hours, double meanPredicted, double observed) {
    }
}
