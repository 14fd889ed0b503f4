package org.grenier.core.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stock plan from its first day, for a scenario: a recommendation per product (those to order now first), the simulation of the policies over the
 * horizon, how their lot sizes were fitted to the storage units and the budget, and what the planner should know
 * about the data it was made from.
 */
public record PlanReport(LocalDate start, Scenario scenario, List<Recommendation> recommendations, SimulationOutcome simulation,
        OrderOptimisation optimisation, List<PlanNote> warnings) {

    public PlanReport {
        Objects.requireNonNull(start, "first day");
        Objects.requireNonNull(scenario, "scenario");
        recommendations = List.copyOf(recommendations);
        Objects.requireNonNull(optimisation, "optimisation");
        warnings = List.copyOf(warnings);
    }

    /** The day the simulation's day {@code day} (0 = the first) falls on. */
    public LocalDate day(int day) {
        return start.plusDays(day);
    }
}
