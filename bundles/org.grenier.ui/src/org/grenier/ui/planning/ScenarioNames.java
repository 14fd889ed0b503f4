package org.grenier.ui.planning;

import org.grenier.core.planning.Scenario;
import org.grenier.ui.Messages;

/**
 * A scenario's name as the workbench shows it. The baseline is named by Grenier, not by the planner, so it is worded
 * in the user's language; the store, the command line and the comparisons keep its English name as its key.
 */
public final class ScenarioNames {

    private ScenarioNames() {
    }

    public static String shown(String name) {
        return Scenario.BASELINE.name().equals(name) ? Messages.Scenarios_Baseline : name;
    }

    public static String shown(Scenario scenario) {
        return shown(scenario.name());
    }
}
