package org.grenier.forecast.internal.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.grenier.core.Result;
import org.grenier.core.model.Sku;
import org.grenier.core.patterns.PatternLevel;
import org.grenier.core.patterns.SeasonalPattern;

/**
 * Seasonal patterns at three levels: each product, each category and each sector, a group's sales being the sum of
 * its products'. Groups too short or too thin for a season are named in the notes rather than dropped silently.
 */
final class SeasonalGroups {

    /** The group of products whose catalogue entry names no category, or whose code is not in the catalogue. */
    static final String UNCLASSIFIED = "(none)";

    private final SalesTotals totals;
    private final Map<String, Sku> catalogue;
    private final List<String> notes;

    SeasonalGroups(SalesTotals totals, Map<String, Sku> catalogue, List<String> notes) {
        this.totals = totals;
        this.catalogue = catalogue;
        this.notes = notes;
    }

    List<SeasonalPattern> patterns() {
        List<SeasonalPattern> patterns = new ArrayList<>();
        int skipped = 0;
        for (var product : totals.byProduct().entrySet()) {
            skipped += add(patterns, PatternLevel.PRODUCT, product.getKey(), product.getValue()) ? 0 : 1;
        }
        if (skipped > 0) {
            notes.add(skipped + " of " + totals.byProduct().size() + " products have too little history for a "
                    + "seasonal pattern (two full cycles)");
        }
        addGroups(patterns, PatternLevel.CATEGORY, sku -> sku.category() == null ? UNCLASSIFIED : sku.category());
        addGroups(patterns, PatternLevel.SECTOR, sku -> sku.sector().name().toLowerCase());
        return patterns;
    }

    private void addGroups(List<SeasonalPattern> patterns, PatternLevel level, Function<Sku, String> groupOf) {
        Map<String, double[]> groups = new TreeMap<>();
        totals.byProduct().forEach((code, values) -> {
            Sku sku = catalogue.get(code);
            double[] sum = groups.computeIfAbsent(sku == null ? UNCLASSIFIED : groupOf.apply(sku),
                    group -> new double[values.length]);
            for (int i = 0; i < values.length; i++) {
                sum[i] += values[i];
            }
        });
        groups.forEach((group, values) -> {
            if (!add(patterns, level, group, values)) {
                notes.add(level.label() + " " + group + " has too little history for a seasonal pattern");
            }
        });
    }

    private boolean add(List<SeasonalPattern> patterns, PatternLevel level, String group, double[] values) {
        int first = SalesTotals.firstSale(values);
        Result<SeasonalPattern> pattern = StlPattern.of(level, group, SalesTotals.fromFirstSale(values),
                totals.grid(), first);
        pattern.asOptional().ifPresent(patterns::add);
        return !pattern.failed();
    }
}
