package org.grenier.core.patterns;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pattern analysis found: seasonal patterns per product, category and sector over the complete periods from
 * {@code firstPeriod} to {@code lastPeriod}, a summary per sector, the popular products per zone, and notes on what
 * could not be analysed and why.
 */
public record PatternReport(PatternPlan plan, LocalDateTime firstPeriod, LocalDateTime lastPeriod,
        List<SeasonalPattern> patterns, List<SectorSummary> sectors, List<PopularProduct> popular,
        List<String> notes) {

    public PatternReport {
        Objects.requireNonNull(plan, "plan");
        patterns = List.copyOf(patterns);
        sectors = List.copyOf(sectors);
        popular = List.copyOf(popular);
        notes = List.copyOf(notes);
    }

    public Optional<SeasonalPattern> pattern(PatternLevel level, String group) {
        return patterns.stream().filter(p -> p.level() == level && p.group().equals(group)).findFirst();
    }

    /** The popular products of one zone, in period then rank order. */
    public List<PopularProduct> popularIn(String zone) {
        return popular.stream().filter(p -> p.zone().equals(zone)).toList();
    }
}
