package org.grenier.core.planning;

/**
 * How full one storage unit ran over a simulation, averaged over paths: mean and peak share of its capacity used,
 * days it was full, and units it had to refuse.
 */
public record UnitKpis(String storageUnit, double capacity, double meanUtilisation, double peakUtilisation,
        double daysFull, double refused) {
}
