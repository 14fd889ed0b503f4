package org.grenier.core.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The plans of several scenarios side by side, one row per measure and one value per scenario, so that the command
 * line and the workbench compare the same things in the same order. Labels are the front end's: it names each
 * {@link Measure} in the user's language.
 */
public record ScenarioComparison(List<String> scenarios, List<LocalDate> starts, List<Row> rows) {

    /** How a measure's values read: a share, a count of days, of units, of money, or a day of the plan. */
    public enum Kind {
        SHARE, DAYS, UNITS, MONEY, COUNT, DATE
    }

    /** What is compared; the last three are per storage unit. */
    public enum Measure {
        DEMAND(Kind.UNITS), FILL_RATE(Kind.SHARE), CYCLE_SERVICE(Kind.SHARE), STOCKOUT_DAYS(Kind.DAYS), LOST_SALES(Kind.UNITS),
        AVERAGE_VALUE(Kind.MONEY), PEAK_VALUE(Kind.MONEY), WASTE(Kind.UNITS), REFUSED(Kind.UNITS),
        COST_HOLDING(Kind.MONEY), COST_ORDERING(Kind.MONEY), COST_SHORTAGE(Kind.MONEY), COST_SPOILAGE(Kind.MONEY),
        COST_TOTAL(Kind.MONEY), ORDERS_NOW(Kind.COUNT), ORDER_VALUE(Kind.MONEY), UNIT_MEAN_USE(Kind.SHARE),
        UNIT_PEAK_USE(Kind.SHARE), UNIT_FULL_BY(Kind.DATE);

        private final Kind kind;

        Measure(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /**
     * One measure for every scenario, in the order of {@link #scenarios()}; {@code storageUnit} is set for the
     * per-unit measures. A value is NaN where it does not apply (a unit a scenario does not plan, a unit that never
     * runs full); a {@link Kind#DATE} value is the day of the plan (0 = its first).
     */
    public record Row(Measure measure, String storageUnit, double[] values) {

        public Row {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(int scenario) {
            return values[scenario];
        }
    }

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
        starts = List.copyOf(starts);
        rows = List.copyOf(rows);
    }

    /** Compares the plans, the baseline usually first. */
    public static ScenarioComparison of(List<PlanReport> reports) {
        List<Row> rows = new ArrayList<>();
        total(rows, reports, Measure.DEMAND, ItemKpis::demand);
        total(rows, reports, Measure.FILL_RATE, ItemKpis::fillRate);
        total(rows, reports, Measure.CYCLE_SERVICE, ItemKpis::cycleServiceLevel);
        total(rows, reports, Measure.STOCKOUT_DAYS, ItemKpis::stockoutDays);
        total(rows, reports, Measure.LOST_SALES, ItemKpis::lost);
        total(rows, reports, Measure.AVERAGE_VALUE, ItemKpis::averageStock);
        total(rows, reports, Measure.PEAK_VALUE, ItemKpis::peakStock);
        total(rows, reports, Measure.WASTE, ItemKpis::waste);
        total(rows, reports, Measure.REFUSED, ItemKpis::refused);
        total(rows, reports, Measure.COST_HOLDING, k -> k.cost().holding());
        total(rows, reports, Measure.COST_ORDERING, k -> k.cost().ordering());
        total(rows, reports, Measure.COST_SHORTAGE, k -> k.cost().shortage());
        total(rows, reports, Measure.COST_SPOILAGE, k -> k.cost().spoilage());
        total(rows, reports, Measure.COST_TOTAL, k -> k.cost().total());
        rows.add(row(Measure.ORDERS_NOW, null, reports, r -> r.recommendations().stream()
                .filter(Recommendation::orderNow).count()));
        rows.add(row(Measure.ORDER_VALUE, null, reports, r -> r.recommendations().stream()
                .mapToDouble(Recommendation::orderValue).sum()));
        for (String unit : units(reports)) {
            rows.add(row(Measure.UNIT_MEAN_USE, unit, reports, r -> unit(r, unit)
                    .map(UnitKpis::meanUtilisation).orElse(Double.NaN)));
            rows.add(row(Measure.UNIT_PEAK_USE, unit, reports, r -> unit(r, unit)
                    .map(UnitKpis::peakUtilisation).orElse(Double.NaN)));
            rows.add(row(Measure.UNIT_FULL_BY, unit, reports, r -> unit(r, unit).filter(UnitKpis::overflows)
                    .map(u -> (double) u.fullByDay()).orElse(Double.NaN)));
        }
        return new ScenarioComparison(reports.stream().map(r -> r.scenario().name()).toList(),
                reports.stream().map(PlanReport::start).toList(), rows);
    }

    /**
     * A value as text in a locale: shares in per cent with one decimal, days with one, units, counts and money whole
     * and grouped in thousands, dates written the locale's way; in {@link Locale#ROOT}, which is for files and the
     * command line, numbers are not grouped and dates are ISO. "-" where a value does not apply.
     */
    public String text(Row row, int scenario, Locale locale) {
        double value = row.value(scenario);
        if (Double.isNaN(value)) {
            return "-";
        }
        // Locale.ROOT is for files and the command line: plain numbers and ISO dates that read back as they are.
        boolean plain = locale.equals(Locale.ROOT);
        return switch (row.measure().kind()) {
            case SHARE -> String.format(locale, "%.1f", 100 * value);
            case DAYS -> String.format(locale, "%.1f", value);
            case UNITS, COUNT, MONEY -> String.format(locale, plain ? "%.0f" : "%,.0f", value);
            case DATE -> plain ? starts.get(scenario).plusDays((long) value).toString()
                    : starts.get(scenario).plusDays((long) value).format(DateTimeFormatter.ofLocalizedDate(
                            FormatStyle.MEDIUM).withLocale(locale));
        };
    }

    private static void total(List<Row> rows, List<PlanReport> reports, Measure measure,
            ToDoubleFunction<ItemKpis> value) {
        rows.add(row(measure, null, reports, r -> value.applyAsDouble(r.simulation().total())));
    }

    private static Row row(Measure measure, String unit, List<PlanReport> reports,
            ToDoubleFunction<PlanReport> value) {
        return new Row(measure, unit, reports.stream().mapToDouble(value).toArray());
    }

    private static List<String> units(List<PlanReport> reports) {
        return reports.stream().flatMap(r -> r.simulation().units().stream()).map(UnitKpis::storageUnit).distinct()
                .sorted().toList();
    }

    private static Optional<UnitKpis> unit(PlanReport report, String code) {
        return report.simulation().units().stream().filter(u -> u.storageUnit().equals(code)).findFirst();
    }
}
