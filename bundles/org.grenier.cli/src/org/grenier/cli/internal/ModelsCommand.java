package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.store.ForecastRegistry;

/** {@code grenier models [--sku CODE] [--restore ID]}: the model registry's runs, compared, and restoring one. */
final class ModelsCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Services services;

    ModelsCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "models";
    }

    @Override
    public String summary() {
        return "list the forecast runs in the model registry, compare them, restore an older one";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier models [--sku CODE] [--restore RUN] [--db PATH] [--output FILE]
                       grenier models health [--db PATH] [limits, below]

                Without options, lists every product with a forecast and its active run. With
                --sku, lists that product's runs newest first (the active one marked *), then the
                active run's backtest score per candidate model and its fitted parameters.
                With --restore RUN, makes that older run its product's active forecast again.
                """ + ModelHealthCommand.USAGE;
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            if (invocation.arguments().equals(List.of("health"))) {
                try {
                    return ModelHealthCommand.run(services, store, invocation, out, err);
                } catch (IllegalArgumentException e) {
                    err.println("grenier models: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
            }
            ForecastRegistry registry = store.forecasts();
            if (invocation.option("--restore").isPresent()) {
                return restore(registry, invocation.option("--restore").get(), out, err);
            }
            Optional<String> sku = invocation.option("--sku");
            return sku.isPresent() ? runs(registry, sku.get(), out, err) : products(registry, out, err);
        });
    }

    private static int restore(ForecastRegistry registry, String text, PrintStream out, PrintStream err) {
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            err.println("grenier models: --restore needs a run number, not '" + text + "'");
            return ExitCodes.USAGE;
        }
        Result<ForecastRun> restored = registry.restore(id);
        if (restored.failed()) {
            err.println("grenier models: " + restored.message());
            return ExitCodes.FAILED;
        }
        ForecastRun run = restored.value();
        out.printf(Locale.ROOT, "Run %d (version %d, %s) is the active forecast of %s again.%n", run.id(),
                run.version(), run.forecast().model(), run.series());
        return ExitCodes.OK;
    }

    private static int products(ForecastRegistry registry, PrintStream out, PrintStream err) {
        Result<List<String>> series = registry.series();
        if (series.failed()) {
            err.println("grenier models: " + series.message());
            return ExitCodes.FAILED;
        }
        out.printf("%-20s  %5s  %7s  %-16s  %8s  %s%n", "Product", "Run", "Version", "Trained", "MASE", "Model");
        for (String name : series.value()) {
            Optional<ForecastRun> active = registry.active(name).asOptional().flatMap(found -> found);
            active.ifPresent(run -> out.printf(Locale.ROOT, "%-20s  %5d  %7d  %-16s  %8s  %s%n", name, run.id(),
                    run.version(), WHEN.format(run.trainedAt()), mase(run), run.forecast().model()));
        }
        return ExitCodes.OK;
    }

    private static int runs(ForecastRegistry registry, String sku, PrintStream out, PrintStream err) {
        Result<List<ForecastRun>> runs = registry.runs(sku);
        if (runs.failed() || runs.value().isEmpty()) {
            err.println("grenier models: " + (runs.failed() ? runs.message() : sku + " has no forecast runs"));
            return ExitCodes.FAILED;
        }
        out.printf("  %5s  %7s  %-16s  %-8s  %-10s  %-23s  %8s  %s%n", "Run", "Version", "Trained", "Asked", "Kept",
                "History", "MASE", "Model");
        for (ForecastRun run : runs.value()) {
            out.printf(Locale.ROOT, "%s %5d  %7d  %-16s  %-8s  %-10s  %-23s  %8s  %s%n", run.active() ? "*" : " ",
                    run.id(), run.version(), WHEN.format(run.trainedAt()), run.asked(), run.chosen(), history(run),
                    mase(run), run.forecast().model());
        }
        ForecastRun active = runs.value().stream().filter(ForecastRun::active).findFirst()
                .orElse(runs.value().get(0));
        details(active, out);
        return ExitCodes.OK;
    }

    private static void details(ForecastRun run, PrintStream out) {
        out.printf("%nRun %d: %s%n", run.id(), run.forecast().reason());
        out.printf("%-10s  %9s  %8s  %8s  %8s  %8s  %8s%n", "Candidate", "Forecasts", "MASE", "sMAPE", "RMSE",
                "Bias", "Cover80");
        for (BacktestScore score : run.candidates()) {
            out.printf(Locale.ROOT, "%-10s  %9d  %8.3f  %8.2f  %8.3f  %8.3f  %7.1f%%%n", score.method(),
                    score.forecasts(), score.mase(), score.smape(), score.rmse(), score.bias(), score.coverage80());
        }
        out.println("Parameters:");
        run.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(
                parameter -> out.printf(Locale.ROOT, "  %-40s %.6g%n", parameter.getKey(), parameter.getValue()));
    }

    private static String history(ForecastRun run) {
        return run.window().observations() + " " + run.window().frequency().label() + " to "
                + run.window().lastPeriod().toLocalDate();
    }

    private static String mase(ForecastRun run) {
        return run.chosenScore().map(score -> String.format(Locale.ROOT, "%.3f", score.mase())).orElse("-");
    }
}
