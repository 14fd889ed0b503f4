package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.grenier.core.Result;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.patterns.PatternAnalysis;
import org.grenier.core.patterns.PatternLevel;
import org.grenier.core.patterns.PatternPlan;
import org.grenier.core.patterns.PatternReport;

/** {@code grenier patterns}: seasons per product, category and sector; sector summaries; popular products per zone. */
final class PatternsCommand implements Command {

    private final Services services;

    PatternsCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "patterns";
    }

    @Override
    public String summary() {
        return "seasonal patterns, sector summaries and the products expected to sell most per delivery zone";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier patterns [--db PATH] [--frequency F] [--level L[,L...]] [--top N]
                                        [--horizon H] [--method M] [--threads N]

                Sums the store's sales per period (--frequency daily, weekly, monthly or quarterly;
                default monthly; a period not yet over is left out) and prints:
                  - each sector's sales, average per period and per product, stock on hand (latest
                    counts) and how many periods of average sales it covers;
                  - the seasonal pattern (STL decomposition) of each group of --level (product,
                    category, sector; default category,sector): strength of the season and trend
                    (0 to 1), the peak periods, and the index of each period (1.00 = average);
                  - the --top products (default 5) expected to sell most in each delivery zone in
                    each of the next --horizon periods (default 1), forecast with --method (ets).""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<PatternAnalysis> analysis = services.find(PatternAnalysis.class);
        if (analysis.isEmpty()) {
            err.println("grenier patterns: the pattern service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        PatternPlan plan;
        Set<PatternLevel> levels;
        int threads;
        try {
            plan = new PatternPlan(ForecastInput.frequencyOption(invocation).orElse(Frequency.MONTHLY),
                    ZoneId.systemDefault(), ForecastInput.positive(invocation.option("--horizon").orElse("1"),
                            "--horizon"), ForecastInput.positive(invocation.option("--top").orElse("5"), "--top"),
                    invocation.option("--method").orElse("ets"));
            levels = levels(invocation.option("--level").orElse("category,sector"));
            threads = ForecastInput.threads(services, invocation);
        } catch (IllegalArgumentException e) {
            err.println("grenier patterns: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<PatternReport> report = analysis.get().analyse(store, plan, threads,
                    new ProgressLines(err, "grenier patterns: "));
            if (report.failed()) {
                err.println("grenier patterns: " + report.message());
                return ExitCodes.FAILED;
            }
            PatternTables.print(report.value(), levels, out);
            return ExitCodes.OK;
        });
    }

    private static Set<PatternLevel> levels(String text) {
        java.util.EnumSet<PatternLevel> levels = java.util.EnumSet.noneOf(PatternLevel.class);
        for (String name : text.split(",")) {
            levels.add(List.of(PatternLevel.values()).stream()
                    .filter(level -> level.label().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown --level '" + name
                            + "'; use product, category or sector")));
        }
        return levels;
    }
}
