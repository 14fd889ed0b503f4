package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grenier.core.CsvCells;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.ScenarioComparison;
import org.grenier.core.planning.ScenarioComparison.Measure;
import org.grenier.core.planning.ScenarioComparison.Row;

/** Plans of several scenarios side by side: one row per KPI, one column per scenario. */
final class ScenarioTables {

    private static final Map<Measure, String> LABELS = Map.ofEntries(Map.entry(Measure.DEMAND, "Demand (units)"),
            Map.entry(Measure.FILL_RATE, "Fill rate %"),
            Map.entry(Measure.CYCLE_SERVICE, "Cycle service level %"),
            Map.entry(Measure.STOCKOUT_DAYS, "Stock-out days"), Map.entry(Measure.LOST_SALES, "Lost sales (units)"),
            Map.entry(Measure.AVERAGE_VALUE, "Average stock value"),
            Map.entry(Measure.PEAK_VALUE, "Peak stock value"), Map.entry(Measure.WASTE, "Waste (units)"),
            Map.entry(Measure.REFUSED, "Refused for lack of room (units)"),
            Map.entry(Measure.COST_HOLDING, "Cost: holding"), Map.entry(Measure.COST_ORDERING, "Cost: ordering"),
            Map.entry(Measure.COST_SHORTAGE, "Cost: lost margin"), Map.entry(Measure.COST_SPOILAGE, "Cost: spoilage"),
            Map.entry(Measure.COST_TOTAL, "Cost: total"), Map.entry(Measure.ORDERS_NOW, "Products to order now"),
            Map.entry(Measure.ORDER_VALUE, "Value to order now"), Map.entry(Measure.UNIT_MEAN_USE, "mean use %"),
            Map.entry(Measure.UNIT_PEAK_USE, "peak use %"), Map.entry(Measure.UNIT_FULL_BY, "full by"));

    private ScenarioTables() {
    }

    static void text(List<PlanReport> reports, PrintStream out) {
        ScenarioComparison comparison = ScenarioComparison.of(reports);
        int width = 14;
        for (String name : comparison.scenarios()) {
            width = Math.max(width, name.length() + 2);
        }
        String format = "%-" + width + "s";
        out.printf("%-34s", "KPI");
        comparison.scenarios().forEach(name -> out.printf(format, name));
        out.println();
        for (Row row : comparison.rows()) {
            out.printf("%-34s", label(row));
            for (int i = 0; i < comparison.scenarios().size(); i++) {
                out.printf(format, comparison.text(row, i, Locale.ROOT));
            }
            out.println();
        }
    }

    static void csv(List<PlanReport> reports, PrintStream out) {
        ScenarioComparison comparison = ScenarioComparison.of(reports);
        List<String> header = new ArrayList<>(List.of("kpi"));
        header.addAll(comparison.scenarios());
        out.println(CsvCells.row(header));
        for (Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>(List.of(label(row)));
            for (int i = 0; i < comparison.scenarios().size(); i++) {
                cells.add(comparison.text(row, i, Locale.ROOT));
            }
            out.println(CsvCells.row(cells));
        }
    }

    private static String label(Row row) {
        String label = LABELS.get(row.measure());
        return row.storageUnit() == null ? label : row.storageUnit() + ": " + label;
    }
}
