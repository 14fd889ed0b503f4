package org.grenier.core.planning;

import org.grenier.core.ComputeLimits;

/** How a simulation runs: how many sample paths, from which seed (same seed, same result), on how many threads. */
public record SimulationSettings(int paths, long seed, ComputeLimits limits) {

    public static final int MAX_PATHS = 100_000;

    public SimulationSettings {
        if (paths < 1 || paths > MAX_PATHS) {
            throw new IllegalArgumentException("the number of paths must be between 1 and " + MAX_PATHS
                    + ", was " + paths);
        }
        java.util.Objects.requireNonNull(limits, "compute limits");
    }
}
