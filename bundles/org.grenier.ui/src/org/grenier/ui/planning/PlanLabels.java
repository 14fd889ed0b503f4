package org.grenier.ui.planning;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.grenier.core.planning.OrderOptimisation;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.ScenarioComparison.Measure;
import org.grenier.core.planning.ScenarioComparison.Row;
import org.grenier.core.planning.StockPolicy;
import org.grenier.ui.Messages;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.Numbers;

/** Planning's words and numbers in the user's language and locale (a decimal comma in French). */
final class PlanLabels {

    private PlanLabels() {
    }

    static Locale locale() {
        return Numbers.locale();
    }

    /** A number with this many decimals in the user's locale, grouped in thousands; "-" when unknown. */
    static String number(double value, int decimals) {
        return Numbers.number(value, decimals);
    }

    /** A share as per cent with one decimal. */
    static String percent(double share) {
        return Double.isNaN(share) ? "-" : number(100 * share, 1);
    }

    /** The policy as a planner writes it: (s,Q), (R,S) with its review period, a perishable lot. */
    static String policy(StockPolicy policy) {
        return switch (policy.kind()) {
            case CONTINUOUS_REVIEW -> "(s,Q)";
            case PERIODIC_REVIEW -> "(R,S) R=" + policy.reviewDays();
            case NEWSVENDOR -> NLS.bind(Messages.Plan_Lot, policy.reviewDays());
        };
    }

    /**
     * A comparison row's label: the measure, prefixed with its storage unit for the per-unit ones, followed by the
     * currency for amounts.
     */
    static String measure(Row row, Units units) {
        String label = measure(row);
        return money(row.measure()) ? units.moneyHeading(label) : label;
    }

    /** Whether a measure is an amount of money (costs and stock values). */
    static boolean money(Measure measure) {
        return switch (measure) {
            case AVERAGE_VALUE, PEAK_VALUE, ORDER_VALUE, COST_HOLDING, COST_ORDERING, COST_SHORTAGE, COST_SPOILAGE,
                    COST_TOTAL -> true;
            default -> false;
        };
    }

    /** A comparison row's label: the measure, prefixed with its storage unit for the per-unit ones. */
    static String measure(Row row) {
        String label = switch (row.measure()) {
            case DEMAND -> Messages.Compare_Demand;
            case FILL_RATE -> Messages.Compare_FillRate;
            case CYCLE_SERVICE -> Messages.Compare_CycleService;
            case STOCKOUT_DAYS -> Messages.Compare_StockoutDays;
            case LOST_SALES -> Messages.Compare_LostSales;
            case AVERAGE_VALUE -> Messages.Compare_AverageValue;
            case PEAK_VALUE -> Messages.Compare_PeakValue;
            case WASTE -> Messages.Compare_Waste;
            case REFUSED -> Messages.Compare_Refused;
            case COST_HOLDING -> Messages.Compare_CostHolding;
            case COST_ORDERING -> Messages.Compare_CostOrdering;
            case COST_SHORTAGE -> Messages.Compare_CostShortage;
            case COST_SPOILAGE -> Messages.Compare_CostSpoilage;
            case COST_TOTAL -> Messages.Compare_CostTotal;
            case ORDERS_NOW -> Messages.Compare_OrdersNow;
            case ORDER_VALUE -> Messages.Compare_OrderValue;
            case UNIT_MEAN_USE -> Messages.Compare_UnitMeanUse;
            case UNIT_PEAK_USE -> Messages.Compare_UnitPeakUse;
            case UNIT_FULL_BY -> Messages.Compare_UnitFullBy;
        };
        return row.storageUnit() == null ? label : row.storageUnit() + " – " + label;
    }

    /** Whether a higher value of the measure is better (service), worse (cost, loss) or neither (a date). */
    static int better(Measure measure) {
        return switch (measure) {
            case FILL_RATE, CYCLE_SERVICE -> 1;
            case DEMAND, UNIT_FULL_BY, ORDERS_NOW, ORDER_VALUE, AVERAGE_VALUE, PEAK_VALUE, UNIT_MEAN_USE -> 0;
            default -> -1;
        };
    }

    /** The cost components, in the order of the cost chart's stacks. */
    static List<String> costComponents() {
        return List.of(Messages.Compare_CostHolding, Messages.Compare_CostOrdering, Messages.Compare_CostShortage,
                Messages.Compare_CostSpoilage);
    }

    /** What the lot sizes' limits came to, a line each: planned use against what is available, and "full". */
    static List<String> limits(OrderOptimisation fit) {
        if (Double.isNaN(fit.optimisedCost())) {
            return List.of();
        }
        return fit.limits().stream().map(limit -> NLS.bind(Messages.Plan_Limit, new Object[] {
                OrderOptimisation.BUDGET.equals(limit.limit()) ? Messages.Plan_Budget : limit.limit(),
                number(limit.planned(), 0),
                Double.isInfinite(limit.available()) ? "∞" : number(limit.available(), 0),
                limit.full() ? Messages.Plan_Full : "" })).toList();
    }

    /** Lists a run's scenarios in a chooser, keeping the one chosen before when the new run has it, else the first. */
    static void chooseAmong(Combo chooser, List<PlanReport> reports) {
        String before = chooser.getText();
        chooser.setItems(reports.stream().map(r -> ScenarioNames.shown(r.scenario())).toArray(String[]::new));
        chooser.select(Math.max(0, chooser.indexOf(before)));
    }
}
