package org.grenier.core.planning;

/**
 * The money in one storage unit: its stock valued FIFO and at weighted average; the cost of keeping its stock over the
 * plan's horizon as simulated (holding), split by the cost factors into storage, handling and maintenance; the
 * spoilage the simulation expects (goods thrown away, at cost); and the value at risk: its whole stock value when the
 * storage life its grain has left is shorter than the horizon, else nothing. {@code daysLeft} is that storage life
 * (infinite when the unit has no grain or no readings).
 */
public record UnitCosts(String storageUnit, double fifoValue, double averageValue, double holding, double storage,
        double handling, double maintenance, double expectedSpoilage, double valueAtRisk, double daysLeft) {
}
