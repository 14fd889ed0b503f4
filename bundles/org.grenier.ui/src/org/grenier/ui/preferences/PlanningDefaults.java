package org.grenier.ui.preferences;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.grenier.core.Result;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.ServiceTargets;
import org.grenier.core.planning.SimulationSettings;

/**
 * What a plan starts from unless the planner says otherwise, chosen in Preferences > Planning: the horizon, how many
 * demand paths the simulation draws, how the cost of keeping stock splits, and the service level of each ABC/XYZ
 * class. Read at each plan, so a change applies to the next one without a restart.
 */
public record PlanningDefaults(int horizonDays, int paths, CostFactors factors, ServiceTargets targets) {

    public static final PlanningDefaults BUILT_IN = new PlanningDefaults(PlanRequest.DEFAULT_HORIZON, 1000,
            CostFactors.DEFAULTS, ServiceTargets.DEFAULTS);

    static final String HORIZON = "planning.horizonDays";
    static final String PATHS = "planning.paths";
    static final String FACTORS = "planning.costFactors";
    static final String TARGETS = "planning.serviceLevels";

    public PlanningDefaults {
        if (horizonDays < 7 || horizonDays > 3 * 365 || paths < 1 || paths > SimulationSettings.MAX_PATHS) {
            throw new IllegalArgumentException("a horizon of 7 to 1,095 days and 1 to " + SimulationSettings.MAX_PATHS
                    + " paths, not " + horizonDays + " days and " + paths + " paths");
        }
    }

    /** The saved defaults; the built-in ones for any value missing or edited out of range in the file. */
    public static PlanningDefaults saved() {
        IEclipsePreferences node = WorkbenchPreferences.node();
        try {
            return new PlanningDefaults(node.getInt(HORIZON, BUILT_IN.horizonDays()),
                    node.getInt(PATHS, BUILT_IN.paths()), factors(node.get(FACTORS, null)),
                    targets(node.get(TARGETS, null)));
        } catch (IllegalArgumentException edited) {
            return BUILT_IN;
        }
    }

    private static CostFactors factors(String saved) {
        return saved == null ? BUILT_IN.factors() : CostFactors.parse(saved);
    }

    private static ServiceTargets targets(String saved) {
        return saved == null ? BUILT_IN.targets() : ServiceTargets.parse(saved);
    }

    /** Keeps these defaults for every later plan. */
    public Result<PlanningDefaults> save() {
        IEclipsePreferences node = WorkbenchPreferences.node();
        node.putInt(HORIZON, horizonDays);
        node.putInt(PATHS, paths);
        node.put(FACTORS, String.format(Locale.ROOT, "%s,%s,%s", factors.storage(), factors.handling(),
                factors.maintenance()));
        node.put(TARGETS, targets.text());
        return WorkbenchPreferences.flushed(this, "planning defaults");
    }

    /**
     * Calls back (on the thread that saved) whenever the planning defaults change; the returned action stops it. A
     * part showing them takes the new ones without a restart.
     */
    public static Runnable whenChanged(Runnable callback) {
        return WorkbenchPreferences.whenChanged(key -> key.startsWith("planning."), callback);
    }

    /** Forgets the saved defaults, so the built-in ones apply again. */
    public static Result<PlanningDefaults> reset() {
        IEclipsePreferences node = WorkbenchPreferences.node();
        node.remove(HORIZON);
        node.remove(PATHS);
        node.remove(FACTORS);
        node.remove(TARGETS);
        return WorkbenchPreferences.flushed(BUILT_IN, "planning defaults");
    }
}
