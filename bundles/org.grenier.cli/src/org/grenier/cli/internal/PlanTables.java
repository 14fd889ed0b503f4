package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grenier.core.CsvCells;
import org.grenier.core.planning.CostBreakdown;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.OrderOptimisation;
import org.grenier.core.planning.OrderOptimisation.LimitUse;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.SimulationOutcome;
import org.grenier.core.planning.StockPolicy;
import org.grenier.core.planning.UnitKpis;

/** A stock plan printed for a person, or as CSV for a spreadsheet. */
final class PlanTables {

    private PlanTables() {
    }

    static void text(PlanReport report, PrintStream out) {
        SimulationOutcome sim = report.simulation();
        ItemKpis total = sim.total();
        out.printf(Locale.ROOT, "Plan of %d products over %d days: %d paths (seed %d) simulated in %.2f s "
                + "(%.1f million product-days-paths per second)%n", sim.items().size(), sim.horizonDays(),
                sim.paths(), sim.seed(), sim.nanos() / 1e9, sim.throughput() / 1e6);
        out.printf(Locale.ROOT, "Fill rate %.1f %%, cycle service level %.1f %%, stock-out days %.1f, lost sales "
                + "%.0f units, average stock value %.0f, peak %.0f, waste %.0f units%n", 100 * total.fillRate(),
                100 * total.cycleServiceLevel(), total.stockoutDays(), total.lost(), total.averageStock(),
                total.peakStock(), total.waste());
        CostBreakdown cost = total.cost();
        out.printf(Locale.ROOT, "Cost over the horizon: holding %.0f, ordering %.0f, lost margin %.0f, spoilage %.0f,"
                + " total %.0f%n", cost.holding(), cost.ordering(), cost.shortage(), cost.spoilage(), cost.total());
        optimisation(report.optimisation(), out);
        if (!sim.units().isEmpty()) {
            out.printf("%nStorage unit    Capacity  Mean %%  Peak %%  Days full  Refused  Full by%n");
            for (UnitKpis unit : sim.units()) {
                out.printf(Locale.ROOT, "%-12s %11.0f %7.1f %7.1f %10.1f %8.0f  %s%n", unit.storageUnit(),
                        unit.capacity(), 100 * unit.meanUtilisation(), 100 * unit.peakUtilisation(), unit.daysFull(),
                        unit.refused(), unit.overflows() ? report.day(unit.fullByDay()) : "-");
            }
        }
        out.printf("%n%-12s %-5s %-10s %6s %9s %9s %9s %9s %9s %7s %-5s %9s %-10s %10s %6s %6s  %s%n", "SKU",
                "Class", "Policy", "Target", "s", "S", "Q", "On hand", "On order", "Cover", "Order", "Quantity", "By",
                "Value", "Fill", "CSL", "Demand from");
        for (Recommendation r : report.recommendations()) {
            StockPolicy p = r.policy();
            out.printf(Locale.ROOT, "%-12s %-5s %-10s %6.3f %9.1f %9.1f %9.1f %9.1f %9.1f %7.1f %-5s %9.1f %-10s "
                    + "%10.2f %6.3f %6s  %s%n", r.sku(), r.itemClass().label(), kind(p), p.serviceTarget(),
                    p.reorderPoint(), p.orderUpTo(), p.orderQuantity(), r.onHand(), r.onOrder(),
                    Math.min(r.daysOfCover(), 9999), r.orderNow()
                            ? "now" : "later", r.orderQuantity(), r.orderBy(), r.orderValue(), r.fillRate(),
                    Double.isNaN(r.cycleServiceLevel()) ? "-" : String.format(Locale.ROOT, "%.3f",
                            r.cycleServiceLevel()), r.demandSource());
        }
    }

    private static void optimisation(OrderOptimisation fit, PrintStream out) {
        if (Double.isNaN(fit.optimisedCost())) {
            return;
        }
        out.printf(Locale.ROOT, "Lot sizes chosen together in %.2f s: yearly cost %.0f (%.0f with no limits; %s)%n",
                fit.nanos() / 1e9, fit.optimisedCost(), fit.unconstrainedCost(), fit.gap() < 5e-5 ? "optimal"
                        : String.format(Locale.ROOT, "within %.2f %% of the best possible", 100 * fit.gap()));
        for (LimitUse limit : fit.limits()) {
            out.printf(Locale.ROOT, "  %-12s planned %12.0f of %12s%s%n", limit.limit(), limit.planned(),
                    Double.isInfinite(limit.available()) ? "no limit" : String.format(Locale.ROOT, "%.0f",
                            limit.available()), limit.full() ? "  full" : "");
        }
    }

    static void csv(PlanReport report, PrintStream out) {
        Map<String, ItemKpis> kpis = report.simulation().items().stream()
                .collect(Collectors.toMap(ItemKpis::sku, Function.identity()));
        out.println("sku,storage_unit,class,policy,service_target,safety_stock,reorder_point,order_up_to,"
                + "policy_quantity,review_days,economic_order_quantity,on_hand,on_order,days_of_cover,order_now,order_quantity,"
                + "order_by,order_value,demand_source,fill_rate,cycle_service_level,stockout_days,lost_sales,"
                + "average_stock,peak_stock,waste,holding_cost,ordering_cost,shortage_cost,spoilage_cost");
        for (Recommendation r : report.recommendations()) {
            StockPolicy p = r.policy();
            ItemKpis k = kpis.get(r.sku());
            out.println(String.join(",", CsvCells.cell(r.sku()), CsvCells.cell(r.storageUnit()), r.itemClass().label(), CsvCells.cell(kind(p)),
                    num(p.serviceTarget()), num(p.safetyStock()), num(p.reorderPoint()), num(p.orderUpTo()),
                    num(p.orderQuantity()), Integer.toString(p.reviewDays()), num(p.economicOrderQuantity()),
                    num(r.onHand()), num(r.onOrder()), num(r.daysOfCover()), Boolean.toString(r.orderNow()), num(r.orderQuantity()),
                    r.orderBy().toString(), num(r.orderValue()), CsvCells.cell(r.demandSource()), num(k.fillRate()),
                    num(k.cycleServiceLevel()), num(k.stockoutDays()), num(k.lost()), num(k.averageStock()),
                    num(k.peakStock()), num(k.waste()), num(k.cost().holding()), num(k.cost().ordering()),
                    num(k.cost().shortage()), num(k.cost().spoilage())));
        }
    }

    private static String kind(StockPolicy policy) {
        return switch (policy.kind()) {
            case CONTINUOUS_REVIEW -> "(s,Q)";
            case PERIODIC_REVIEW -> "(R,S) R=" + policy.reviewDays();
            case NEWSVENDOR -> "lot R=" + policy.reviewDays();
        };
    }

    static String num(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "";
    }
}
