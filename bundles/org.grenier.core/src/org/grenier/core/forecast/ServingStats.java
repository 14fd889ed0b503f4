package org.grenier.core.forecast;

import java.util.List;

/**
 * How forecast serving has gone since the service started: cache hits and misses, entries evicted for room or age,
 * and the latency of the servings of each method's forecasts (over the most recent ones).
 */
public record ServingStats(long hits, long misses, long evicted, long expired, int cached, int capacity,
        List<Latency> latencies) {

    public ServingStats {
        latencies = List.copyOf(latencies);
    }

    /** Latencies of serving one method's forecasts, in milliseconds. */
    public record Latency(String method, long served, double medianMillis, double p95Millis, double maxMillis) {
    }
}
