package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grenier.core.patterns.PatternReport;
import org.grenier.core.patterns.PopularProduct;
import org.grenier.core.patterns.SeasonalPattern;
import org.grenier.core.patterns.SectorSummary;
import org.grenier.core.patterns.PatternLevel;

/** The tables {@code grenier patterns} prints. */
final class PatternTables {

    /** Seasons longer than this print their peaks only: 52 weekly indices do not fit a terminal line. */
    private static final int MAX_PRINTED_INDICES = 12;

    private PatternTables() {
    }

    static void print(PatternReport report, Set<PatternLevel> levels, PrintStream out) {
        String frequency = report.plan().frequency().label();
        out.printf("Sales patterns, %s periods from %s to %s%n%n", frequency, report.firstPeriod().toLocalDate(),
                report.lastPeriod().toLocalDate());
        sectors(report.sectors(), out);
        seasons(report.patterns().stream().filter(p -> levels.contains(p.level())).toList(), out);
        popular(report.popular(), out);
        for (String note : report.notes()) {
            out.println("Note: " + note);
        }
    }

    private static void sectors(List<SectorSummary> sectors, PrintStream out) {
        out.printf("%-12s  %8s  %4s  %12s  %12s  %10s  %11s  %10s  %11s  %5s%n", "Sector", "Products", "Sold",
                "Quantity", "Amount", "Per period", "Per product", "On hand", "Stock value", "Cover");
        for (SectorSummary s : sectors) {
            out.printf(Locale.ROOT, "%-12s  %8d  %4d  %12.1f  %12.2f  %10.1f  %11.1f  %10.1f  %11.2f  %5s%n",
                    s.sector().name().toLowerCase(Locale.ROOT), s.products(), s.productsSold(), s.quantity(),
                    s.amount(), s.averagePerPeriod(), s.averagePerProduct(), s.stockOnHand(), s.stockValue(),
                    Double.isInfinite(s.coverPeriods()) ? "-" : String.format(Locale.ROOT, "%.1f", s.coverPeriods()));
        }
        out.println();
    }

    private static void seasons(List<SeasonalPattern> patterns, PrintStream out) {
        if (patterns.isEmpty()) {
            return;
        }
        List<String> positions = patterns.getFirst().positions();
        boolean wide = positions.size() > MAX_PRINTED_INDICES;
        StringBuilder header = new StringBuilder(String.format("%-9s  %-20s  %8s  %5s  %-28s", "Level", "Group",
                "Strength", "Trend", "Peaks"));
        if (!wide) {
            positions.forEach(p -> header.append(String.format("  %5s", p.substring(0, Math.min(3, p.length())))));
        }
        out.println(header);
        for (SeasonalPattern p : patterns) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-9s  %-20s  %8.2f  %5.2f  %-28s",
                    p.level().label(), p.group(), p.seasonalStrength(), p.trendStrength(),
                    p.peaks().isEmpty() ? "-" : String.join(", ", p.peaks())));
            if (!wide) {
                for (double index : p.indices()) {
                    row.append(String.format(Locale.ROOT, "  %5.2f", index));
                }
            }
            out.println(row);
        }
        out.println();
    }

    private static void popular(List<PopularProduct> popular, PrintStream out) {
        out.printf("%-16s  %-10s  %4s  %-16s  %-24s  %10s  %-21s  %5s%n", "Zone", "Period", "Rank", "Product",
                "Name", "Expected", "80 % interval", "Share");
        for (PopularProduct p : popular) {
            out.printf(Locale.ROOT, "%-16s  %-10s  %4d  %-16s  %-24s  %10.1f  %-21s  %4.0f%%%n", p.zone(),
                    p.period().toLocalDate(), p.rank(), p.skuCode(), p.name(), p.expected(),
                    String.format(Locale.ROOT, "%.1f-%.1f", p.lo80(), p.hi80()), 100 * p.share());
        }
        out.println();
    }
}
