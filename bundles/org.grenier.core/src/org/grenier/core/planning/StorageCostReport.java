package org.grenier.core.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Storage costs of a plan's scenario, from its first day over its horizon: each product's stock valued, each storage
 * unit's value, projected holding cost by factor, expected spoilage and value at risk, and notes on the data (costs
 * taken from the catalogue, say). Products with no storage unit are gathered under {@link #NO_UNIT}.
 */
public record StorageCostReport(LocalDate start, int horizonDays, String scenario, CostFactors factors,
        List<StockValuation> items, List<UnitCosts> units, List<PlanNote> notes) {

    /** The storage unit code under which products with none are gathered. */
    public static final String NO_UNIT = "-";

    public StorageCostReport {
        Objects.requireNonNull(start, "first day");
        Objects.requireNonNull(factors, "cost factors");
        items = List.copyOf(items);
        units = List.copyOf(units);
        notes = List.copyOf(notes);
    }

    /** Every unit summed: code "*". */
    public UnitCosts total() {
        double[] sums = new double[8];
        for (UnitCosts unit : units) {
            double[] values = { unit.fifoValue(), unit.averageValue(), unit.holding(), unit.storage(),
                    unit.handling(), unit.maintenance(), unit.expectedSpoilage(), unit.valueAtRisk() };
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        double shortest = units.stream().mapToDouble(UnitCosts::daysLeft).min().orElse(Double.POSITIVE_INFINITY);
        return new UnitCosts("*", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], shortest);
    }
}
