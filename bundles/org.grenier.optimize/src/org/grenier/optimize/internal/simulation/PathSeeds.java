package org.grenier.optimize.internal.simulation;

/**
 * The seed of each sample path, drawn from the run's seed and the path's number alone, so that a path is the same
 * whichever thread runs it and however many threads there are.
 */
final class PathSeeds {

    private PathSeeds() {
    }

    /** Stafford's variant 13 of the 64-bit finaliser (the one SplittableRandom uses) over seed and path. */
    static long of(long seed, int path) {
        long z = seed + (path + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
