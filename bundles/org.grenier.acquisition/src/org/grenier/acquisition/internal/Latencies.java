package org.grenier.acquisition.internal;

import java.time.Duration;

/** Times from a line's arrival to its commit, in millisecond buckets: percentiles without keeping every sample. */
final class Latencies {

    private static final int LIMIT_MS = 60_000;

    private final long[] counts = new long[LIMIT_MS + 1];
    private long total;

    synchronized void add(long nanos) {
        int millis = (int) Math.min(LIMIT_MS, Math.max(0, nanos / 1_000_000));
        counts[millis]++;
        total++;
    }

    /** The latency below which the given share of readings were committed, e.g. 0.99. */
    synchronized Duration percentile(double share) {
        if (total == 0) {
            return Duration.ZERO;
        }
        long rank = (long) Math.ceil(share * total);
        long seen = 0;
        for (int millis = 0; millis <= LIMIT_MS; millis++) {
            seen += counts[millis];
            if (seen >= rank) {
                return Duration.ofMillis(millis);
            }
        }
        return Duration.ofMillis(LIMIT_MS);
    }

    synchronized long count() {
        return total;
    }
}
