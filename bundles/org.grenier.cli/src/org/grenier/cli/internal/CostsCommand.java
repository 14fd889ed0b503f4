package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.CsvCells;
import org.grenier.core.Result;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.planning.StockValuation;
import org.grenier.core.planning.StorageCostReport;
import org.grenier.core.planning.StorageCosts;
import org.grenier.core.planning.UnitCosts;

/** {@code grenier costs}: the stock valued (FIFO and weighted average) and what keeping it costs over a horizon. */
final class CostsCommand implements Command {

    private final Services services;

    CostsCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "costs";
    }

    @Override
    public String summary() {
        return "stock valued FIFO and at average cost, storage costs and value at risk over a horizon";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier costs [--db PATH] [--horizon DAYS] [--paths N] [--seed S] [--threads N]
                                     [--scenario NAME|FILE.json] [--factors S,H,M] [--output FILE.csv]

                Values the stock on hand of every product, first in first out (what is left is the
                latest receipts, at their own costs) and at the moving weighted average cost; a receipt
                without a cost counts at the catalogue cost. Then plans the stock as 'grenier plan'
                does (baseline, or the scenario given) and, per storage unit, projects over the
                horizon: the cost of keeping its stock, split into storage, handling and maintenance
                by --factors (shares adding up to 1; default 0.4,0.3,0.3), the spoilage the simulation
                expects, and the value at risk: the whole stock of a unit whose grain will not keep to
                the end of the horizon. With --output FILE.csv, writes units and products as CSV.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<StockPlanner> planner = services.find(StockPlanner.class);
        Optional<StorageCosts> costs = services.find(StorageCosts.class);
        if (planner.isEmpty() || costs.isEmpty()) {
            err.println("grenier costs: the planning service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        PlanCommand plans = new PlanCommand(services);
        PlanRequest request;
        CostFactors factors;
        try {
            request = plans.request(invocation);
            factors = invocation.option("--factors").map(CostFactors::parse).orElse(CostFactors.DEFAULTS);
        } catch (IllegalArgumentException e) {
            err.println("grenier costs: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<List<Scenario>> scenarios = plans.scenarios(invocation, store);
            if (scenarios.failed()) {
                err.println("grenier costs: " + scenarios.message());
                return ExitCodes.FAILED;
            }
            Scenario played = scenarios.value().get(scenarios.value().size() - 1);
            Result<StorageCostReport> report = planner.get().plan(store, request.playing(played),
                    new ProgressLines(err, "grenier costs: " + played.name()))
                    .flatMap(plan -> costs.get().analyse(store, plan, factors));
            if (report.failed()) {
                err.println("grenier costs: " + report.message());
                return ExitCodes.FAILED;
            }
            report.value().notes().forEach(note -> err.println("grenier costs: " + note.english()));
            if (invocation.output().map(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv")).orElse(false)) {
                csv(report.value(), out);
            } else {
                text(report.value(), out);
            }
            return ExitCodes.OK;
        });
    }

    static void text(StorageCostReport report, PrintStream out) {
        CostFactors f = report.factors();
        out.printf(Locale.ROOT, "Stock on %s under '%s', costs over %d days (storage %.2f, handling %.2f, "
                + "maintenance %.2f of holding)%n%n", report.start(), report.scenario(), report.horizonDays(),
                f.storage(), f.handling(), f.maintenance());
        out.printf("%-12s %12s %12s %10s %10s %10s %11s %10s %10s %9s%n", "Storage unit", "FIFO value",
                "Avg value", "Holding", "Storage", "Handling", "Maintenance", "Spoilage", "At risk", "Life left");
        for (UnitCosts unit : report.units()) {
            unitLine(unit, out);
        }
        unitLine(report.total(), out);
        out.printf("%n%-12s %-12s %10s %12s %12s %10s  %s%n", "SKU", "Storage unit", "Quantity", "FIFO value",
                "Avg value", "Avg cost", "Costs from");
        for (StockValuation item : report.items()) {
            out.printf(Locale.ROOT, "%-12s %-12s %10.1f %12.2f %12.2f %10.4f  %s%n", item.sku(), item.storageUnit(),
                    item.quantity(), item.fifoValue(), item.averageValue(), item.averageUnitCost(),
                    item.fromReceipts() ? "receipts" : "catalogue");
        }
    }

    private static void unitLine(UnitCosts unit, PrintStream out) {
        out.printf(Locale.ROOT, "%-12s %12.2f %12.2f %10.2f %10.2f %10.2f %11.2f %10.2f %10.2f %9s%n",
                "*".equals(unit.storageUnit()) ? "Total" : unit.storageUnit(), unit.fifoValue(), unit.averageValue(),
                unit.holding(), unit.storage(), unit.handling(), unit.maintenance(), unit.expectedSpoilage(),
                unit.valueAtRisk(), days(unit.daysLeft()));
    }

    static void csv(StorageCostReport report, PrintStream out) {
        out.println("level,code,storage_unit,quantity,fifo_value,average_value,holding,storage,handling,"
                + "maintenance,expected_spoilage,value_at_risk,days_left");
        for (UnitCosts u : report.units()) {
            out.println(String.join(",", "unit", CsvCells.cell(u.storageUnit()), CsvCells.cell(u.storageUnit()), "",
                    PlanTables.num(u.fifoValue()), PlanTables.num(u.averageValue()), PlanTables.num(u.holding()),
                    PlanTables.num(u.storage()), PlanTables.num(u.handling()), PlanTables.num(u.maintenance()),
                    PlanTables.num(u.expectedSpoilage()), PlanTables.num(u.valueAtRisk()),
                    PlanTables.num(u.daysLeft())));
        }
        for (StockValuation i : report.items()) {
            out.println(String.join(",", "product", CsvCells.cell(i.sku()), CsvCells.cell(i.storageUnit()),
                    PlanTables.num(i.quantity()), PlanTables.num(i.fifoValue()), PlanTables.num(i.averageValue()),
                    "", "", "", "", "", "", ""));
        }
    }

    private static String days(double value) {
        return Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }
}
