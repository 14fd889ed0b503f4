package org.grenier.core.planning;

/**
 * How full one storage unit ran over a simulation, averaged over paths: mean and peak share of its capacity used,
 * days it was full, units it had to refuse, the share of paths in which it ran full at some point, and the first day
 * of the horizon (0 = the plan's start) by which one path in twenty had found it full: when it will overflow, or -1.
 */
public record UnitKpis(String storageUnit, double capacity, double meanUtilisation, double peakUtilisation,
        double daysFull, double refused, double fullShare, int fullByDay) {

    /** The share of paths that counts as "it will overflow": one in twenty. */
    public static final double FULL_SHARE = 0.05;

    public boolean overflows() {
        return fullByDay >= 0;
    }
}
