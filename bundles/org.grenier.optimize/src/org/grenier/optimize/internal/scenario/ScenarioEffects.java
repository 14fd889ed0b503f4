package org.grenier.optimize.internal.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.model.Sku;
import org.grenier.core.planning.ChangeKind;
import org.grenier.core.planning.DemandOutlook;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ScenarioChange;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.quality.StorageRisk;
import org.grenier.optimize.internal.quality.GrainStorageTime;

/** What a scenario's changes do to the data a plan is made from, day by day from the plan's first day. */
public final class ScenarioEffects {

    /** Grain life is followed for at most three years: beyond, it outlasts any horizon. */
    private static final int LONGEST_LIFE_DAYS = 3 * 365;

    /** The scenario's changes by kind, sorted once: they are asked for per product and per day. */
    private final Map<ChangeKind, List<ScenarioChange>> byKind = new EnumMap<>(ChangeKind.class);
    private final LocalDate start;

    public ScenarioEffects(Scenario scenario, LocalDate start) {
        for (ChangeKind kind : ChangeKind.values()) {
            byKind.put(kind, scenario.changes().stream().filter(c -> c.kind() == kind).toList());
        }
        this.start = start;
    }

    /** The product with its demand, lead time, unit cost and price changed. */
    public PlanningItem apply(PlanningItem item) {
        Sku sku = item.sku();
        double cost = product(ChangeKind.UNIT_COST, sku);
        double price = product(ChangeKind.PRICE, sku);
        Sku changed = cost == 1 && price == 1 ? sku : new Sku(sku.code(), sku.name(), sku.category(), sku.sector(),
                sku.unit(), sku.shelfLifeDays(), times(sku.unitCost(), cost), times(sku.price(), price));
        return new PlanningItem(changed, leadTime(item.terms(), sku), item.onHand(), demand(item.demand(), sku));
    }

    /** Each storage unit's capacity, multiplied by the capacity changes that cover it. */
    public Map<String, Double> capacities(Map<String, Double> baseline) {
        Map<String, Double> changed = new HashMap<>();
        baseline.forEach((unit, capacity) -> {
            double factor = 1;
            for (ScenarioChange change : changes(ChangeKind.CAPACITY)) {
                factor *= change.coversUnit(unit) ? change.value() : 1;
            }
            changed.put(unit, capacity * factor);
        });
        return changed;
    }

    /** The budget the scenario sets, or the one asked for. */
    public double budget(double asked) {
        List<ScenarioChange> budgets = changes(ChangeKind.BUDGET);
        return budgets.isEmpty() ? asked : budgets.get(budgets.size() - 1).value();
    }

    /** A product's production per day of the horizon, multiplied where production changes hold. */
    public double[] production(Sku sku, double[] daily) {
        double[] changed = daily.clone();
        for (int day = 0; day < changed.length; day++) {
            changed[day] *= factor(ChangeKind.PRODUCTION, sku, start.plusDays(day));
        }
        return changed;
    }

    /**
     * Days a silo's grain keeps from the first day: the life it has left, used at the latest temperature plus any
     * heat wave's shift on the days it holds. NaN when the unit has no crop to judge (its life is not changed).
     */
    public double grainDaysLeft(StorageRisk risk) {
        if (risk.crop().isEmpty() || !Double.isFinite(risk.daysLeft()) || Double.isNaN(risk.moisture())) {
            return Double.NaN;
        }
        double left = Math.max(0, 1 - risk.lifeUsed());
        for (int day = 0; day < LONGEST_LIFE_DAYS; day++) {
            double shift = 0;
            for (ScenarioChange change : changes(ChangeKind.TEMPERATURE)) {
                if (change.coversUnit(risk.storageUnit()) && change.holdsOn(start.plusDays(day))) {
                    shift += change.value();
                }
            }
            left -= 1 / GrainStorageTime.days(risk.crop().get(), risk.temperature() + shift, risk.moisture());
            if (left <= 0) {
                return day + 1;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Whether the scenario shifts any stored temperature. */
    public boolean heats() {
        return !changes(ChangeKind.TEMPERATURE).isEmpty();
    }

    private DemandOutlook demand(DemandOutlook outlook, Sku sku) {
        if (changes(ChangeKind.DEMAND).stream().noneMatch(c -> c.covers(sku))) {
            return outlook;
        }
        double[] mean = outlook.mean();
        double[] sd = outlook.sd();
        for (int day = 0; day < mean.length; day++) {
            double factor = factor(ChangeKind.DEMAND, sku, start.plusDays(day));
            mean[day] *= factor;
            sd[day] *= factor;
        }
        return new DemandOutlook(outlook.sku(), mean, sd);
    }

    private SupplyTerms leadTime(SupplyTerms terms, Sku sku) {
        double added = 0;
        for (ScenarioChange change : changes(ChangeKind.LEAD_TIME)) {
            added += change.covers(sku) ? change.value() : 0;
        }
        if (added == 0) {
            return terms;
        }
        // a lead time is at least a day: what is ordered today arrives tomorrow at the soonest
        return new SupplyTerms(terms.sku(), Math.max(1, terms.leadTimeDays() + added), terms.leadTimeSdDays(),
                terms.orderCost(), terms.minimumOrder(), terms.packSize(), terms.unitVolume(), terms.storageUnit(),
                terms.holdingRate());
    }

    private double product(ChangeKind kind, Sku sku) {
        double factor = 1;
        for (ScenarioChange change : changes(kind)) {
            factor *= change.covers(sku) ? change.value() : 1;
        }
        return factor;
    }

    private double factor(ChangeKind kind, Sku sku, LocalDate day) {
        double factor = 1;
        for (ScenarioChange change : changes(kind)) {
            factor *= change.covers(sku) && change.holdsOn(day) ? change.value() : 1;
        }
        return factor;
    }

    private List<ScenarioChange> changes(ChangeKind kind) {
        return byKind.get(kind);
    }

    private static BigDecimal times(BigDecimal amount, double factor) {
        return amount == null ? null : amount.multiply(BigDecimal.valueOf(factor));
    }
}
