package org.grenier.forecast.internal.ops;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Result;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The compute limits in the instance preferences (the workspace folder the workbench and the command line share).
 * They are read at every call, so a change made in the workbench applies to the next training without a restart.
 */
@Component(service = ComputeSettings.class)
public class PreferredLimits implements ComputeSettings {

    /** The preference node; the keys below are the names a user would find in its file. */
    public static final String NODE = "org.grenier.forecast";
    public static final String THREADS = "compute.threads";
    public static final String MEMORY = "compute.memoryMegabytes";

    @Override
    public ComputeLimits limits() {
        ComputeLimits defaults = ComputeLimits.defaults();
        IEclipsePreferences node = node();
        int threads = node.getInt(THREADS, defaults.threads());
        int memory = node.getInt(MEMORY, defaults.memoryMegabytes());
        try {
            return new ComputeLimits(threads, memory);
        } catch (IllegalArgumentException edited) {
            // a hand-edited preference file must not stop every training: its bad value gives way to the default
            return new ComputeLimits(within(threads, 1, ComputeLimits.MAX_THREADS, defaults.threads()),
                    Math.max(memory, ComputeLimits.MIN_MEMORY_MEGABYTES));
        }
    }

    private static int within(int value, int low, int high, int fallback) {
        return value >= low && value <= high ? value : fallback;
    }

    @Override
    public Result<ComputeLimits> save(ComputeLimits limits) {
        IEclipsePreferences node = node();
        node.putInt(THREADS, limits.threads());
        node.putInt(MEMORY, limits.memoryMegabytes());
        return flushed(node, limits);
    }

    @Override
    public Result<ComputeLimits> reset() {
        IEclipsePreferences node = node();
        node.remove(THREADS);
        node.remove(MEMORY);
        return flushed(node, limits());
    }

    private static Result<ComputeLimits> flushed(IEclipsePreferences node, ComputeLimits limits) {
        try {
            node.flush();
            return Result.ok(limits);
        } catch (BackingStoreException | IllegalStateException unwritable) {
            return Result.error("The compute limits could not be saved in the preferences (" + unwritable.getMessage()
                    + "); they apply until Grenier closes");
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
