package org.grenier.core.planning;

import java.util.List;
import java.util.Map;

/**
 * Everything a stock simulation runs on: the products, the capacity of each storage unit they are kept in (in the
 * unit's capacity unit, which each product's space per unit is expressed in), and the horizon in days.
 */
public record SimulationModel(List<SimulatedItem> items, Map<String, Double> capacities, int horizonDays) {

    public SimulationModel {
        items = List.copyOf(items);
        capacities = Map.copyOf(capacities);
        if (horizonDays < 1) {
            throw new IllegalArgumentException("the horizon must be at least a day, was " + horizonDays);
        }
        for (SimulatedItem item : items) {
            if (item.item().demand().days() < horizonDays) {
                throw new IllegalArgumentException("the demand outlook of " + item.item().code() + " covers "
                        + item.item().demand().days() + " days, the horizon " + horizonDays);
            }
        }
    }
}
