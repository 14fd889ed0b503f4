package org.grenier.core.planning;

import java.util.List;

/**
 * A stock plan: a recommendation per product (those to order now first), the simulation of the policies over the
 * horizon, and what the planner should know about the data it was made from.
 */
public record PlanReport(List<Recommendation> recommendations, SimulationOutcome simulation, List<String> warnings) {

    public PlanReport {
        recommendations = List.copyOf(recommendations);
        warnings = List.copyOf(warnings);
    }
}
