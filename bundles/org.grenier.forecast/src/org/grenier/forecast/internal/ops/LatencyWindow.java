package org.grenier.forecast.internal.ops;

import java.util.Arrays;

/** The latest serving times of one method, kept in a ring so that the percentiles follow recent behaviour. */
final class LatencyWindow {

    static final int SIZE = 1_000;

    private final long[] nanos = new long[SIZE];
    private long served;

    synchronized void add(long latency) {
        nanos[(int) (served % SIZE)] = latency;
        served++;
    }

    synchronized long served() {
        return served;
    }

    /** The {@code share} quantile (0.5 median, 0.95...) of the kept latencies in milliseconds; NaN before any. */
    synchronized double quantileMillis(double share) {
        int kept = (int) Math.min(served, SIZE);
        if (kept == 0) {
            return Double.NaN;
        }
        return Quantiles.of(Arrays.stream(nanos, 0, kept).asDoubleStream().toArray(), share) / 1e6;
    }
}
