package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.UnitKpis;

/** Plans of several scenarios side by side: one row per KPI, one column per scenario. */
final class ScenarioTables {

    private ScenarioTables() {
    }

    static void text(List<PlanReport> reports, PrintStream out) {
        Map<String, List<String>> rows = rows(reports);
        int width = 14;
        for (PlanReport report : reports) {
            width = Math.max(width, report.scenario().name().length() + 2);
        }
        String format = "%-" + width + "s";
        out.printf("%-34s", "KPI");
        reports.forEach(r -> out.printf(format, r.scenario().name()));
        out.println();
        rows.forEach((kpi, values) -> {
            out.printf("%-34s", kpi);
            values.forEach(v -> out.printf(format, v));
            out.println();
        });
    }

    static void csv(List<PlanReport> reports, PrintStream out) {
        List<String> header = new ArrayList<>(List.of(PlanTables.cell("kpi")));
        reports.forEach(r -> header.add(PlanTables.cell(r.scenario().name())));
        out.println(String.join(",", header));
        rows(reports).forEach((kpi, values) -> {
            List<String> cells = new ArrayList<>(List.of(PlanTables.cell(kpi)));
            values.forEach(v -> cells.add(PlanTables.cell(v)));
            out.println(String.join(",", cells));
        });
    }

    private static Map<String, List<String>> rows(List<PlanReport> reports) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        row(rows, reports, "Fill rate %", r -> pct(total(r).fillRate()));
        row(rows, reports, "Cycle service level %", r -> pct(total(r).cycleServiceLevel()));
        row(rows, reports, "Stock-out days", r -> fixed(total(r).stockoutDays(), 1));
        row(rows, reports, "Lost sales (units)", r -> fixed(total(r).lost(), 0));
        row(rows, reports, "Average stock value", r -> fixed(total(r).averageStock(), 0));
        row(rows, reports, "Peak stock value", r -> fixed(total(r).peakStock(), 0));
        row(rows, reports, "Waste (units)", r -> fixed(total(r).waste(), 0));
        row(rows, reports, "Refused for lack of room (units)", r -> fixed(total(r).refused(), 0));
        row(rows, reports, "Cost: holding", r -> fixed(total(r).cost().holding(), 0));
        row(rows, reports, "Cost: ordering", r -> fixed(total(r).cost().ordering(), 0));
        row(rows, reports, "Cost: lost margin", r -> fixed(total(r).cost().shortage(), 0));
        row(rows, reports, "Cost: spoilage", r -> fixed(total(r).cost().spoilage(), 0));
        row(rows, reports, "Cost: total", r -> fixed(total(r).cost().total(), 0));
        row(rows, reports, "Products to order now", r -> Long.toString(r.recommendations().stream()
                .filter(Recommendation::orderNow).count()));
        row(rows, reports, "Value to order now", r -> fixed(r.recommendations().stream()
                .mapToDouble(Recommendation::orderValue).sum(), 0));
        for (String unit : units(reports)) {
            row(rows, reports, unit + ": mean use %", r -> unit(r, unit).map(u -> pct(u.meanUtilisation()))
                    .orElse("-"));
            row(rows, reports, unit + ": peak use %", r -> unit(r, unit).map(u -> pct(u.peakUtilisation()))
                    .orElse("-"));
            row(rows, reports, unit + ": full by", r -> unit(r, unit).filter(UnitKpis::overflows)
                    .map(u -> r.day(u.fullByDay()).toString()).orElse("-"));
        }
        return rows;
    }

    private static void row(Map<String, List<String>> rows, List<PlanReport> reports, String kpi,
            Function<PlanReport, String> value) {
        rows.put(kpi, reports.stream().map(value).toList());
    }

    private static ItemKpis total(PlanReport report) {
        return report.simulation().total();
    }

    private static List<String> units(List<PlanReport> reports) {
        return reports.stream().flatMap(r -> r.simulation().units().stream()).map(UnitKpis::storageUnit).distinct()
                .sorted().toList();
    }

    private static java.util.Optional<UnitKpis> unit(PlanReport report, String code) {
        return report.simulation().units().stream().filter(u -> u.storageUnit().equals(code)).findFirst();
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * share);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
