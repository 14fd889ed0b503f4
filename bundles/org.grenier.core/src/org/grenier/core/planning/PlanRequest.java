package org.grenier.core.planning;

import java.time.Instant;
import java.util.Objects;

/** What a plan is asked for: the day it starts, the horizon in days, and how its simulation runs. */
public record PlanRequest(Instant start, int horizonDays, SimulationSettings simulation) {

    public static final int DEFAULT_HORIZON = 90;

    public PlanRequest {
        Objects.requireNonNull(start, "start of the plan");
        Objects.requireNonNull(simulation, "simulation settings");
        if (horizonDays < 7 || horizonDays > 3 * 365) {
            throw new IllegalArgumentException("the planning horizon must be 7 to 1,095 days, was " + horizonDays);
        }
    }
}
