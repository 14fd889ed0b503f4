package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Optional;

import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockPlanner;

/** {@code grenier plan}: stock policies and orders for every product, with their simulated KPIs. */
final class PlanCommand implements Command {

    static final int DEFAULT_PATHS = 1000;

    private final Services services;

    PlanCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String summary() {
        return "stock policies, orders to place and their simulated service levels";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier plan [--db PATH] [--horizon DAYS] [--paths N] [--seed S] [--threads N]
                                    [--budget AMOUNT] [--output FILE.csv]

                Plans every product with a daily or weekly forecast (or sales in the last 13 weeks):
                ABC/XYZ class and service level, safety stock, reorder point, order-up-to level,
                economic order quantity in whole packs, the newsvendor lot for perishables. Lot sizes
                are chosen together, at least yearly cost, so that the stock expected after deliveries
                fits each storage unit and its average value keeps within --budget (none by default);
                service is lowered, where it loses least, only if nothing else fits. Then it
                simulates the policies over the horizon (default 90 days) on N sample paths (default
                1000, seed 1) and prints the orders to place (now first) and the KPIs: fill rate,
                cycle service level, stock-out days, lost sales, stock, capacity used, waste, cost.
                With --output FILE.csv, writes the recommendations and each product's KPIs as CSV.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<StockPlanner> planner = services.find(StockPlanner.class);
        if (planner.isEmpty()) {
            err.println("grenier plan: the planning service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        PlanRequest request;
        try {
            request = request(invocation);
        } catch (IllegalArgumentException e) {
            err.println("grenier plan: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<PlanReport> report = planner.get().plan(store, request, new ProgressLines(err, "grenier plan"));
            if (report.failed()) {
                err.println("grenier plan: " + report.message());
                return ExitCodes.FAILED;
            }
            report.value().warnings().forEach(w -> err.println("grenier plan: " + w));
            boolean csv = invocation.output().map(p -> p.toString().toLowerCase().endsWith(".csv")).orElse(false);
            if (csv) {
                PlanTables.csv(report.value(), out);
            } else {
                PlanTables.text(report.value(), out);
            }
            return ExitCodes.OK;
        });
    }

    private PlanRequest request(Invocation invocation) {
        int horizon = invocation.option("--horizon").map(h -> ForecastInput.positive(h, "--horizon"))
                .orElse(PlanRequest.DEFAULT_HORIZON);
        int paths = invocation.option("--paths").map(p -> ForecastInput.positive(p, "--paths")).orElse(DEFAULT_PATHS);
        long seed;
        try {
            seed = invocation.option("--seed").map(s -> Long.parseLong(s.trim())).orElse(1L);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed takes a whole number, not '" + invocation.option("--seed")
                    .get() + "'");
        }
        int threads = ForecastInput.threads(services, invocation);
        double budget = invocation.option("--budget").map(PlanCommand::budget).orElse(Double.POSITIVE_INFINITY);
        return new PlanRequest(Instant.now(), horizon, new SimulationSettings(paths, seed,
                new ComputeLimits(threads, ComputeLimits.MIN_MEMORY_MEGABYTES)), budget);
    }

    private static double budget(String text) {
        try {
            double budget = Double.parseDouble(text.trim().replace(',', '.'));
            if (budget > 0 && Double.isFinite(budget)) {
                return budget;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--budget takes a positive amount (the most the stock may be worth on "
                + "average), not '" + text + "'");
    }
}
