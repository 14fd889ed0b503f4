package org.grenier.core.planning;

import java.util.List;

/**
 * What choosing lot sizes under the storage units' capacity and the stock budget did: the yearly cost (ordering,
 * holding and lost margin) each product's cheapest policy would have had with no limits, the cost of the policies
 * chosen, the lower bound no choice could beat, how many products had their service level lowered to fit, how much
 * of each limit the chosen policies use, and the time it took.
 */
public record OrderOptimisation(double unconstrainedCost, double optimisedCost, double lowerBound,
        int serviceLowered, List<LimitUse> limits, long nanos) {

    /** The name of the budget among the limits, beside the storage units' codes. */
    public static final String BUDGET = "budget";

    /** Above this share of a limit, it is full. */
    public static final double FULL = 0.995;

    /**
     * One limit: a storage unit's room for the planned products (space after deliveries) or the budget (average stock
     * value, "budget"); what the chosen policies plan to use of it, and what is available (infinite for no budget).
     */
    public record LimitUse(String limit, double planned, double available) {

        public boolean full() {
            return planned >= FULL * available;
        }
    }

    public OrderOptimisation {
        limits = List.copyOf(limits);
    }

    /** The limits the chosen policies fill: those that cost something. */
    public List<String> binding() {
        return limits.stream().filter(LimitUse::full).map(LimitUse::limit).toList();
    }

    /** How far the chosen policies may be from the best possible, as a share of their cost. */
    public double gap() {
        return optimisedCost <= 0 ? 0 : Math.max(0, optimisedCost - lowerBound) / optimisedCost;
    }
}
