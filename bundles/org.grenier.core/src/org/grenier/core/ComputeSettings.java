package org.grenier.core;

/**
 * The user's compute limits, kept in their preferences so that the workbench and the command line share them. A
 * change applies to the next computation started, without a restart.
 */
public interface ComputeSettings {

    /** The limits now in force: the saved ones, or {@link ComputeLimits#defaults()} where none were saved. */
    ComputeLimits limits();

    /**
     * The limits in force with the thread count a caller chose (a script's {@code --threads}), kept between 1 and
     * {@link ComputeLimits#MAX_THREADS}.
     */
    default ComputeLimits limits(int threads) {
        return limits().withThreads(Math.clamp(threads, 1, ComputeLimits.MAX_THREADS));
    }

    /** Saves the limits for every later computation; fails with the reason when the preferences cannot be written. */
    Result<ComputeLimits> save(ComputeLimits limits);

    /** Forgets the saved limits, so the defaults apply again. */
    Result<ComputeLimits> reset();
}
