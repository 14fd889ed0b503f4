package org.grenier.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.Scenarios;
import org.grenier.core.store.Store;

/** {@code grenier scenarios}: the what-if scenarios kept in the store: list, save, show, copy, delete. */
final class ScenariosCommand implements Command {

    private final Services services;

    ScenariosCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "scenarios";
    }

    @Override
    public String summary() {
        return "list, save, show, copy or delete the what-if scenarios kept in the store";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier scenarios [--db PATH]                    lists them
                       grenier scenarios save FILE.json [--db PATH]     saves (or replaces) one
                       grenier scenarios show NAME [--db PATH]          prints its JSON, to edit and save
                       grenier scenarios copy NAME NEW-NAME [--db PATH] duplicates one
                       grenier scenarios delete NAME [--db PATH]

                A scenario is a name, a description and changes against the store's data:
                  {"name": "Dry summer", "description": "harvest down, heat wave in July",
                   "changes": [
                     {"kind": "production", "scope": "sku:BLE-T1", "factor": 0.8},
                     {"kind": "temperature", "scope": "VAL-S1", "shift": 6,
                      "from": "2027-07-10", "to": "2027-07-25"},
                     {"kind": "demand", "scope": "category:Fromages", "factor": 1.3,
                      "from": "2026-12-01", "to": "2026-12-24"}]}
                Kinds and their number: demand, production, capacity, unit_cost, price (factor:
                1.2 = 20 % more); lead_time (days added); temperature (shift, degrees added to
                stored grain); budget (amount). Products are scoped by *, sku:CODE, category:NAME
                or sector:NAME; capacity and temperature by * or a storage unit code. Dates
                (inclusive) apply to demand, production and temperature. Play one against the
                baseline with: grenier plan --scenario NAME (or FILE.json).""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<Scenarios> scenarios = services.find(Scenarios.class);
        if (scenarios.isEmpty()) {
            err.println("grenier scenarios: the planning service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        List<String> args = invocation.arguments();
        String action = args.isEmpty() ? "list" : args.get(0);
        int wanted = switch (action) {
            case "list" -> 1;
            case "save", "show", "delete" -> 2;
            case "copy" -> 3;
            default -> -1;
        };
        int given = Math.max(1, args.size()); // no argument at all means list
        if (wanted < 0 || given != wanted) {
            err.println("grenier scenarios: " + (wanted < 0 ? "'" + action + "' is not list, save, show, copy or "
                    + "delete" : action + " takes " + (wanted - 1) + (wanted == 2 ? " argument" : " arguments")) + "; see grenier help scenarios");
            return ExitCodes.USAGE;
        }
        return StoreAccess.withStore(services, invocation, err, name(),
                store -> act(scenarios.get(), store, action, args, out, err));
    }

    private static int act(Scenarios scenarios, Store store, String action, List<String> args, PrintStream out,
            PrintStream err) {
        Result<?> done = switch (action) {
            case "save" -> ScenarioFiles.read(scenarios, Path.of(args.get(1)))
                    .flatMap(scenario -> scenarios.save(store, scenario));
            case "show" -> find(scenarios, store, args.get(1)).map(scenario -> {
                out.println(scenarios.format(scenario));
                return scenario;
            });
            case "copy" -> find(scenarios, store, args.get(1))
                    .flatMap(scenario -> scenarios.save(store, scenario.named(args.get(2))));
            case "delete" -> store.planning().deleteScenario(args.get(1)).flatMap(count -> count == 0
                    ? Result.error("there is no scenario named '" + args.get(1) + "'") : Result.ok(count));
            default -> list(scenarios, store, out);
        };
        if (done.failed()) {
            err.println("grenier scenarios: " + done.message());
            return ExitCodes.FAILED;
        }
        if (!action.equals("list") && !action.equals("show")) {
            out.println(switch (action) {
                case "save" -> "Saved scenario '" + ((Scenario) done.value()).name() + "'.";
                case "copy" -> "Copied '" + args.get(1) + "' to '" + args.get(2) + "'.";
                default -> "Deleted scenario '" + args.get(1) + "'.";
            });
        }
        return ExitCodes.OK;
    }

    private static Result<Integer> list(Scenarios scenarios, Store store, PrintStream out) {
        return scenarios.saved(store).map(saved -> {
            out.printf("%-30s %7s  %s%n", "Scenario", "Changes", "Description");
            for (Scenario scenario : saved) {
                out.printf("%-30s %7d  %s%n", scenario.name(), scenario.changes().size(), scenario.description());
            }
            return saved.size();
        });
    }

    static Result<Scenario> find(Scenarios scenarios, Store store, String name) {
        return scenarios.saved(store).flatMap(saved -> saved.stream().filter(s -> s.name().equals(name.trim()))
                .findFirst().map(Result::ok).orElseGet(() -> Result.error("there is no scenario named '" + name
                        + "'; saved: " + saved.stream().map(Scenario::name).toList())));
    }

    /** Reading a scenario from a file. */
    static final class ScenarioFiles {
        private ScenarioFiles() {
        }

        static Result<Scenario> read(Scenarios scenarios, Path file) {
            try {
                return scenarios.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                return Result.error("cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}
