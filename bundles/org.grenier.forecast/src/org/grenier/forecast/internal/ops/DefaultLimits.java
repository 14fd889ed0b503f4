package org.grenier.forecast.internal.ops;

import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Result;

/** The default compute limits, where no preferences are kept (outside OSGi, in tests) or given. */
public final class DefaultLimits implements ComputeSettings {

    private final ComputeLimits limits;

    public DefaultLimits() {
        this(ComputeLimits.defaults());
    }

    /** Fixed limits, for tests that need a small budget. */
    public DefaultLimits(ComputeLimits limits) {
        this.limits = limits;
    }

    @Override
    public ComputeLimits limits() {
        return limits;
    }

    @Override
    public Result<ComputeLimits> save(ComputeLimits ignored) {
        return Result.error("These compute limits are fixed; there are no preferences to save them in");
    }

    @Override
    public Result<ComputeLimits> reset() {
        return Result.ok(limits);
    }
}
