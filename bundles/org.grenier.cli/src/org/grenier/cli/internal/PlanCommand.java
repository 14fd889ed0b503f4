package org.grenier.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.Scenarios;
import org.grenier.core.planning.ServiceTargets;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.store.Store;

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
                                    [--budget AMOUNT] [--scenario NAME|FILE.json[,...]]
                                    [--service-levels AX,AY,AZ,BX,BY,BZ,CX,CY,CZ]
                                    [--output FILE.csv]

                Plans every product with a daily or weekly forecast (or sales in the last 13 weeks):
                ABC/XYZ class and service level, safety stock, reorder point, order-up-to level,
                economic order quantity in whole packs, the newsvendor lot for perishables. Lot sizes
                are chosen together, at least yearly cost, so that the stock expected after deliveries
                fits each storage unit and its average value keeps within --budget (none by default);
                service is lowered, where it loses least, only if nothing else fits. Then it
                simulates the policies over the horizon (default 90 days) on N sample paths (default
                1000, seed 1) and prints the orders to place (now first) and the KPIs: fill rate,
                cycle service level, stock-out days, lost sales, stock, capacity used, waste, cost.
                With --output FILE.csv, writes the recommendations and each product's KPIs as CSV.
                With --scenario (saved names or JSON files, see grenier help scenarios), plans the
                baseline and each scenario on the same seed and prints their KPIs side by side (as
                CSV with --output), then the orders of the last scenario.
                --service-levels gives the cycle service level of each class, row after row (default
                0.99,0.98,0.97,0.97,0.96,0.95,0.95,0.93,0.90), each between 0.5 and 0.999.""";
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
            Result<List<Scenario>> scenarios = scenarios(invocation, store);
            if (scenarios.failed()) {
                err.println("grenier plan: " + scenarios.message());
                return ExitCodes.FAILED;
            }
            List<PlanReport> reports = new ArrayList<>();
            for (Scenario scenario : scenarios.value()) {
                Result<PlanReport> report = planner.get().plan(store, request.playing(scenario),
                        new ProgressLines(err, "grenier plan: " + scenario.name()));
                if (report.failed()) {
                    err.println("grenier plan: " + scenario.name() + ": " + report.message());
                    return ExitCodes.FAILED;
                }
                String prefix = scenarios.value().size() > 1 ? scenario.name() + ": " : "";
                report.value().warnings().forEach(w -> err.println("grenier plan: " + prefix + w.english()));
                reports.add(report.value());
            }
            print(invocation, reports, out);
            return ExitCodes.OK;
        });
    }

    private static void print(Invocation invocation, List<PlanReport> reports, PrintStream out) {
        boolean csv = invocation.output().map(p -> p.toString().toLowerCase().endsWith(".csv")).orElse(false);
        PlanReport last = reports.get(reports.size() - 1);
        if (reports.size() > 1 && csv) {
            ScenarioTables.csv(reports, out);
        } else if (csv) {
            PlanTables.csv(last, out);
        } else {
            if (reports.size() > 1) {
                ScenarioTables.text(reports, out);
                out.printf("%nUnder '%s':%n", last.scenario().name());
            }
            PlanTables.text(last, out);
        }
    }

    /** The baseline, then each scenario named (saved in the store) or given as a JSON file. */
    Result<List<Scenario>> scenarios(Invocation invocation, Store store) {
        List<Scenario> played = new ArrayList<>(List.of(Scenario.BASELINE));
        Optional<String> asked = invocation.option("--scenario");
        if (asked.isEmpty()) {
            return Result.ok(played);
        }
        Optional<Scenarios> book = services.find(Scenarios.class);
        if (book.isEmpty()) {
            return Result.error("the scenario service did not start; run with -consoleLog to see why");
        }
        for (String name : asked.get().split(",")) {
            Path file = Path.of(name.trim());
            Result<Scenario> scenario = name.trim().toLowerCase(Locale.ROOT).endsWith(".json") && Files.exists(file)
                    ? ScenariosCommand.ScenarioFiles.read(book.get(), file)
                    : ScenariosCommand.find(book.get(), store, name);
            if (scenario.failed()) {
                return Result.error(scenario.message());
            }
            played.add(scenario.value());
        }
        return Result.ok(played);
    }

    PlanRequest request(Invocation invocation) {
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
        ServiceTargets targets = invocation.option("--service-levels").map(PlanCommand::targets)
                .orElse(ServiceTargets.DEFAULTS);
        return new PlanRequest(Instant.now(), horizon, new SimulationSettings(paths, seed,
                new ComputeLimits(threads, ComputeLimits.MIN_MEMORY_MEGABYTES)), budget, Scenario.BASELINE, targets);
    }

    private static ServiceTargets targets(String text) {
        try {
            return ServiceTargets.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--service-levels: " + e.getMessage());
        }
    }

    /** The typed budget, read as the workbench reads it; an option given must say an amount. */
    private static double budget(String text) {
        try {
            if (!text.isBlank()) {
                return PlanRequest.budget(text);
            }
        } catch (IllegalArgumentException e) {
            // said below, naming the option
        }
        throw new IllegalArgumentException("--budget takes a positive amount (the most the stock may be worth on "
                + "average), not '" + text + "'");
    }
}
