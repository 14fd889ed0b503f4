package org.grenier.forecast.internal.global;

import java.util.Arrays;
import java.util.Random;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import smile.math.MathEx;
import smile.model.mlp.Layer;
import smile.model.mlp.OutputFunction;
import smile.regression.MLP;
import smile.util.function.TimeFunction;

/**
 * Smile's multilayer perceptron on standardised feature rows, trained epoch by epoch with mini-batches so that the
 * held-out error can stop it early and the caller can cancel between epochs. Seeded: the same rows give the same
 * network.
 */
final class Perceptron {

    static final String SHAPE = "ReLU 32, ReLU 16";
    private static final int MAX_EPOCHS = 60;
    /** Epochs without a better held-out error before training stops. */
    private static final int PATIENCE = 5;
    private static final int BATCH = 32;
    private static final long SEED = 20_261_121L;

    private final double[] means;
    private final double[] scales;
    private final MLP network;
    private final Random order = new Random(SEED);

    /** What the trial fit learnt: the best epoch count, its held-out error and its held-out predictions. */
    record Trial(int epochs, double error, double[] predictions) {
    }

    private Perceptron(double[][] inputs) {
        int width = inputs[0].length;
        means = MathEx.colMeans(inputs);
        scales = new double[width];
        for (double[] row : inputs) {
            for (int c = 0; c < width; c++) {
                scales[c] += (row[c] - means[c]) * (row[c] - means[c]);
            }
        }
        for (int c = 0; c < width; c++) {
            double sd = Math.sqrt(scales[c] / inputs.length);
            scales[c] = sd > 1e-12 ? sd : 1; // a constant column stays at zero
        }
        MathEx.setSeed(SEED);
        network = new MLP(Layer.input(width), Layer.rectifier(32), Layer.rectifier(16),
                Layer.mse(1, OutputFunction.LINEAR));
        network.setLearningRate(TimeFunction.constant(0.001));
        network.setRMSProp(0.9, 1e-7);
    }

    /** Trains up to {@link #MAX_EPOCHS} epochs and keeps the count whose held-out error was lowest. */
    static Trial trial(Rows training, Rows heldOut, SubMonitor progress) {
        Perceptron perceptron = new Perceptron(training.inputs());
        double[][] x = perceptron.standardised(training.inputs());
        double[] y = training.targets();
        double[][] checkX = perceptron.standardised(heldOut.inputs());
        double[] checkY = heldOut.targets();
        progress.setWorkRemaining(MAX_EPOCHS);
        Trial best = new Trial(0, Double.POSITIVE_INFINITY, null);
        for (int epoch = 1; epoch <= MAX_EPOCHS && epoch - best.epochs() <= PATIENCE; epoch++) {
            perceptron.epoch(x, y, progress);
            double[] predicted = perceptron.predictStandardised(checkX);
            double error = meanAbsolute(predicted, checkY);
            if (error < best.error()) {
                best = new Trial(epoch, error, predicted);
            }
            progress.worked(1);
        }
        return best;
    }

    /** A network trained on the rows for {@code epochs} epochs. */
    static Perceptron fit(Rows rows, int epochs, SubMonitor progress) {
        Perceptron perceptron = new Perceptron(rows.inputs());
        double[][] x = perceptron.standardised(rows.inputs());
        double[] y = rows.targets();
        progress.setWorkRemaining(epochs);
        for (int epoch = 0; epoch < epochs; epoch++) {
            perceptron.epoch(x, y, progress);
            progress.worked(1);
        }
        return perceptron;
    }

    double[] predict(Rows rows) {
        return predictStandardised(standardised(rows.inputs()));
    }

    private void epoch(double[][] x, double[] y, SubMonitor progress) {
        int[] shuffled = shuffled(x.length);
        for (int start = 0; start < x.length; start += BATCH) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            int size = Math.min(BATCH, x.length - start);
            double[][] batchX = new double[size][];
            double[] batchY = new double[size];
            for (int i = 0; i < size; i++) {
                batchX[i] = x[shuffled[start + i]];
                batchY[i] = y[shuffled[start + i]];
            }
            network.update(batchX, batchY);
        }
    }

    private int[] shuffled(int count) {
        int[] index = new int[count];
        Arrays.setAll(index, i -> i);
        for (int i = count - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            int swap = index[i];
            index[i] = index[j];
            index[j] = swap;
        }
        return index;
    }

    private double[] predictStandardised(double[][] x) {
        return Arrays.stream(x).mapToDouble(network::predict).toArray();
    }

    private double[][] standardised(double[][] inputs) {
        double[][] out = new double[inputs.length][];
        for (int r = 0; r < inputs.length; r++) {
            out[r] = new double[means.length];
            for (int c = 0; c < means.length; c++) {
                out[r][c] = (inputs[r][c] - means[c]) / scales[c];
            }
        }
        return out;
    }

    private static double meanAbsolute(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }
}
