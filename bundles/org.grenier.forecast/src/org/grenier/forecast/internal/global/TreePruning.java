package org.grenier.forecast.internal.global;

import java.util.Locale;

import smile.regression.GradientTreeBoost;

/**
 * How many of the trained trees to keep: the count with the lowest held-out error (early stopping after the fact),
 * with that error and the error of all trees, so a planner sees what pruning gained, and the held-out predictions
 * at the kept count, which calibrate the intervals.
 */
record TreePruning(int trained, int kept, double keptError, double fullError, double[] keptPredictions) {

    /** Scores every tree count of {@code model} on the held-out rows ({@code predictions[count - 1][row]}). */
    static TreePruning choose(GradientTreeBoost model, Rows heldOut) {
        double[][] byCount = model.test(heldOut.frame());
        int trained = byCount.length;
        int best = trained;
        double bestError = Double.POSITIVE_INFINITY;
        for (int count = 1; count <= trained; count++) {
            double error = meanAbsoluteError(byCount[count - 1], heldOut);
            if (error < bestError) {
                bestError = error;
                best = count;
            }
        }
        return new TreePruning(trained, best, bestError, meanAbsoluteError(byCount[trained - 1], heldOut),
                byCount[best - 1]);
    }

    /** Mean absolute error in level units (the ratio scale the model learns), over every held-out row. */
    private static double meanAbsoluteError(double[] predicted, Rows heldOut) {
        double sum = 0;
        for (int row = 0; row < predicted.length; row++) {
            sum += Math.abs(predicted[row] - heldOut.ratio(row));
        }
        return sum / Math.max(1, predicted.length);
    }

    String describe() {
        return String.format(Locale.ROOT, "%d trees trained, %d kept by held-out error (%.4f, against %.4f with all %d)",
                trained, kept, keptError, fullError, trained);
    }
}
