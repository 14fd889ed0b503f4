package org.grenier.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.grenier.core.Result;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the workbench keeps its preferences: the instance scope (the workspace folder in Grenier's data folder), node
 * {@value #NODE}, as a properties file a person can read. The compute limits live beside it in their own node, shared
 * with the command line.
 */
final class WorkbenchPreferences {

    static final String NODE = "org.grenier.ui";

    private WorkbenchPreferences() {
    }

    static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /**
     * Calls back (on the thread that saved) whenever a key the test accepts changes; the returned action stops it. The
     * parts showing a preference take a new value this way, without a restart.
     */
    static Runnable whenChanged(java.util.function.Predicate<String> key, Runnable callback) {
        IEclipsePreferences.IPreferenceChangeListener listener = event -> {
            if (key.test(event.getKey())) {
                callback.run();
            }
        };
        node().addPreferenceChangeListener(listener);
        return () -> node().removePreferenceChangeListener(listener);
    }

    /** Writes the node to disk; the value back, or why it could not be kept after Grenier closes. */
    static <T> Result<T> flushed(T value, String what) {
        try {
            node().flush();
            return Result.ok(value);
        } catch (BackingStoreException | IllegalStateException unwritable) {
            return Result.error("The " + what + " could not be saved in the preferences (" + unwritable.getMessage()
                    + "); it applies until Grenier closes");
        }
    }
}
