package org.grenier.core.planning;

import java.time.Instant;
import java.util.Objects;

/**
 * What a plan is asked for: the day it starts, the horizon in days, how its simulation runs, the most the stock may
 * be worth on average (its budget; infinite when there is none), the scenario it plays, and the service level of
 * each ABC/XYZ class.
 */
public record PlanRequest(Instant start, int horizonDays, SimulationSettings simulation, double budget,
        Scenario scenario, ServiceTargets targets) {

    public static final int DEFAULT_HORIZON = 90;

    public PlanRequest {
        Objects.requireNonNull(start, "start of the plan");
        Objects.requireNonNull(simulation, "simulation settings");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(targets, "service levels");
        if (horizonDays < 7 || horizonDays > 3 * 365) {
            throw new IllegalArgumentException("the planning horizon must be 7 to 1,095 days, was " + horizonDays);
        }
        if (!(budget > 0)) {
            throw new IllegalArgumentException("the stock budget must be positive, was " + budget);
        }
    }

    /** A plan at the default service levels. */
    public PlanRequest(Instant start, int horizonDays, SimulationSettings simulation, double budget,
            Scenario scenario) {
        this(start, horizonDays, simulation, budget, scenario, ServiceTargets.DEFAULTS);
    }

    /** The baseline with no budget. */
    public PlanRequest(Instant start, int horizonDays, SimulationSettings simulation) {
        this(start, horizonDays, simulation, Double.POSITIVE_INFINITY, Scenario.BASELINE);
    }

    /**
     * A budget as a person types it: a positive amount, with a decimal comma or point and spaces between thousands;
     * empty is no budget (infinite). A bad one is refused with what was typed.
     */
    public static double budget(String text) {
        String amount = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (amount.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double budget = Double.parseDouble(amount.replace(',', '.'));
            if (budget > 0 && Double.isFinite(budget)) {
                return budget;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("a budget is a positive amount (the most the stock may be worth on "
                + "average), not '" + text + "'");
    }

    /** The same plan for another scenario. */
    public PlanRequest playing(Scenario other) {
        return new PlanRequest(start, horizonDays, simulation, budget, other, targets);
    }
}
