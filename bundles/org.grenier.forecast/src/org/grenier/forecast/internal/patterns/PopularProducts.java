package org.grenier.forecast.internal.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.SeriesCalendar;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.core.model.Sku;
import org.grenier.core.patterns.PatternPlan;
import org.grenier.core.patterns.PopularProduct;

/**
 * The products expected to sell most in each delivery zone: every product's sales in the zone are forecast for the
 * coming periods and ranked. Expected, not past, sales decide, so a product coming into its season climbs the list
 * before it sells.
 */
final class PopularProducts {

    /** Tried when the planned method cannot fit a zone's short or sparse sales: the average period. */
    private static final String FALLBACK = "mean";

    private final ForecastEngine engine;

    PopularProducts(ForecastEngine engine) {
        this.engine = engine;
    }

    List<PopularProduct> rank(SalesTotals totals, Map<String, Sku> catalogue, PatternPlan plan, int threads,
            IProgressMonitor monitor, List<String> notes) {
        List<String> zones = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        List<DemandSeries> histories = new ArrayList<>();
        totals.byZone().forEach((zone, products) -> products.forEach((sku, values) -> {
            int first = SalesTotals.firstSale(values);
            if (first < values.length) {
                zones.add(zone);
                skus.add(sku);
                histories.add(new DemandSeries(zone + " / " + sku, SalesTotals.fromFirstSale(values),
                        plan.frequency(), SeriesCalendar.startingAt(totals.grid().start(first))));
            }
        }));
        List<SeriesForecast> forecasts = forecast(histories, plan, threads, monitor, notes);
        List<PopularProduct> popular = new ArrayList<>();
        for (String zone : zones.stream().distinct().toList()) {
            for (int step = 0; step < plan.horizon(); step++) {
                popular.addAll(top(zone, step, zones, skus, forecasts, catalogue, plan, totals));
            }
        }
        return popular;
    }

    private List<SeriesForecast> forecast(List<DemandSeries> histories, PatternPlan plan, int threads,
            IProgressMonitor monitor, List<String> notes) {
        List<Result<SeriesForecast>> results = engine.forecastAll(histories, plan.horizon(), plan.method(), threads,
                monitor);
        List<SeriesForecast> forecasts = new ArrayList<>();
        int fallbacks = 0;
        for (int i = 0; i < histories.size(); i++) {
            Result<SeriesForecast> result = results.get(i);
            if (result.failed()) {
                fallbacks++;
                result = engine.forecast(histories.get(i), plan.horizon(), FALLBACK);
            }
            forecasts.add(result.failed() ? null : result.value());
        }
        if (fallbacks > 0) {
            notes.add(fallbacks + " of " + histories.size() + " zone sales could not be forecast with "
                    + plan.method() + " (too short or too sparse) and were forecast by their average period");
        }
        return forecasts;
    }

    private static List<PopularProduct> top(String zone, int step, List<String> zones, List<String> skus,
            List<SeriesForecast> forecasts, Map<String, Sku> catalogue, PatternPlan plan, SalesTotals totals) {
        List<Integer> members = new ArrayList<>();
        double zoneTotal = 0;
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).equals(zone) && forecasts.get(i) != null) {
                members.add(i);
                zoneTotal += expected(forecasts.get(i), step);
            }
        }
        members.sort(Comparator.comparingDouble((Integer i) -> expected(forecasts.get(i), step)).reversed()
                .thenComparing(skus::get));
        List<PopularProduct> top = new ArrayList<>();
        for (int rank = 0; rank < Math.min(plan.topProducts(), members.size()); rank++) {
            int i = members.get(rank);
            SeriesForecast forecast = forecasts.get(i);
            double expected = expected(forecast, step);
            Sku sku = catalogue.get(skus.get(i));
            top.add(new PopularProduct(zone, totals.grid().frequency().after(totals.grid().lastPeriod(), step + 1),
                    rank + 1, skus.get(i), sku == null ? skus.get(i) : sku.name(), expected,
                    Math.max(0, forecast.lo80()[step]), Math.max(0, forecast.hi80()[step]),
                    zoneTotal > 0 ? expected / zoneTotal : 0));
        }
        return top;
    }

    /** Demand cannot be negative, whatever an additive model extrapolates. */
    private static double expected(SeriesForecast forecast, int step) {
        return Math.max(0, forecast.mean()[step]);
    }
}
