package org.grenier.forecast.internal.patterns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.model.DailySales;
import org.grenier.core.model.Sku;
import org.grenier.core.patterns.PatternAnalysis;
import org.grenier.core.patterns.PatternPlan;
import org.grenier.core.patterns.PatternReport;
import org.grenier.core.patterns.PopularProduct;
import org.grenier.core.patterns.SectorSummary;
import org.grenier.core.patterns.SeasonalPattern;
import org.grenier.core.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Consumption and sector analysis: seasonal patterns of every product, category and sector; each sector's sales and
 * stock; and the products expected to sell most per delivery zone. The store sums sales per day, so a million lines
 * arrive as a few thousand rows.
 */
@Component(service = PatternAnalysis.class)
public class PatternService implements PatternAnalysis {

    private ForecastEngine engine;

    public PatternService() {
    }

    /** For use outside OSGi (tests): forecasts with {@code engine}. */
    public PatternService(ForecastEngine engine) {
        this.engine = engine;
    }

    @Reference
    void setEngine(ForecastEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result<PatternReport> analyse(Store store, PatternPlan plan, int threads, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Finding sales patterns", 10);
        Result<List<DailySales>> days = store.dailySales(plan.zone());
        Result<List<Sku>> skus = store.skus(Integer.MAX_VALUE);
        var stock = store.stockOnHand();
        if (days.failed() || skus.failed() || stock.failed()) {
            return Result.error(List.of(days, skus, stock).stream().filter(Result::failed).findFirst().orElseThrow()
                    .message());
        }
        if (days.value().isEmpty()) {
            return Result.error("The store has no sales to find patterns in.");
        }
        LocalDate firstDay = days.value().getFirst().day();
        LocalDate lastDay = days.value().getLast().day();
        var grid = PeriodGrid.covering(plan.frequency(), firstDay, lastDay);
        if (grid.isEmpty()) {
            return Result.error("Sales from " + firstDay + " to " + lastDay + " do not fill one complete "
                    + plan.frequency().label() + " period.");
        }
        progress.split(1);
        SalesTotals totals = SalesTotals.of(days.value(), grid.get());
        Map<String, Sku> catalogue = new TreeMap<>();
        skus.value().forEach(sku -> catalogue.put(sku.code(), sku));
        List<String> notes = new ArrayList<>();
        if (grid.get().leftOutLastPeriod(lastDay)) {
            notes.add("the sales after " + grid.get().frequency().after(grid.get().lastPeriod(), 1).toLocalDate()
                    .minusDays(1) + " are left out: their " + plan.frequency().label() + " period is not over");
        }
        List<SeasonalPattern> patterns = new SeasonalGroups(totals, catalogue, notes).patterns();
        checkCanceled(progress);
        progress.split(2);
        List<SectorSummary> sectors = SectorSummaries.of(totals, catalogue, stock.value());
        List<PopularProduct> popular = new PopularProducts(engine).rank(totals, catalogue, plan, threads,
                progress.split(7), notes);
        checkCanceled(progress);
        return Result.ok(new PatternReport(plan, grid.get().start(0), grid.get().lastPeriod(), patterns, sectors,
                popular, notes));
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
