package org.grenier.acquisition.internal;

import java.util.Arrays;

/**
 * The last few values of one sensor channel, oldest dropped first, with the robust centre (median) and spread (median
 * absolute deviation) a spike is judged against. Fixed capacity, so memory stays bounded whatever the reading rate.
 */
final class RollingWindow {

    private final double[] values;
    private int next;
    private int size;

    RollingWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a rolling window needs room for at least one value, not " + capacity);
        }
        values = new double[capacity];
    }

    void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    void clear() {
        next = 0;
        size = 0;
    }

    int size() {
        return size;
    }

    /** The median of the values held; NaN when empty. */
    double median() {
        return medianOf(Arrays.copyOf(values, size));
    }

    /** The median absolute deviation from the median; NaN when empty. */
    double mad() {
        double median = median();
        double[] deviations = new double[size];
        for (int i = 0; i < size; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return medianOf(deviations);
    }

    private static double medianOf(double[] sample) {
        if (sample.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sample);
        int middle = sample.length / 2;
        return sample.length % 2 == 1 ? sample[middle] : (sample[middle - 1] + sample[middle]) / 2;
    }
}
