package org.grenier.optimize.internal.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.Result;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.OrderOptimisation;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.SimulationModel;
import org.grenier.core.planning.SimulationOutcome;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.planning.UnitKpis;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.store.Store;
import org.grenier.optimize.internal.policy.PolicyDesigner;
import org.grenier.optimize.internal.quality.QualityAssessor;
import org.grenier.optimize.internal.lots.LotOptimiser;
import org.grenier.optimize.internal.lots.LotOptimiser.Choice;
import org.grenier.optimize.internal.simulation.MonteCarloSimulation;
import org.osgi.service.component.annotations.Component;

/** Gathers a store's products into planning items, designs their policies, simulates them, recommends orders. */
@Component(service = StockPlanner.class)
public class PlanningService implements StockPlanner {

    private final PolicyDesigner policies = new PolicyDesigner();

    @Override
    public Result<PlanReport> plan(Store store, PlanRequest request, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Planning stock", 10);
        List<String> warnings = new ArrayList<>();
        Result<Gathered> gathered = gather(store, request, warnings);
        if (gathered.failed()) {
            return Result.error(gathered.message());
        }
        progress.worked(1);
        Gathered data = gathered.value();
        if (data.items().isEmpty()) {
            return Result.error("Nothing to plan: no product has a forecast or sales in the last 13 weeks");
        }
        List<ItemClass> classes = policies.classify(data.items());
        Designs designs = new Designs(policies, data.unitLifeDays(), warnings);
        OrderOptimisation optimisation = fit(data, classes, request.budget(), designs, warnings);
        Result<SimulationOutcome> simulated = new MonteCarloSimulation().simulate(new SimulationModel(
                designs.simulated(), data.capacities(), request.horizonDays()), request.simulation(), progress.split(9));
        if (simulated.failed()) {
            return Result.error(simulated.message());
        }
        List<Recommendation> recommendations = new Orders(request.start(), data.sources())
                .recommend(data.items(), classes, designs.policies(), simulated.value());
        LocalDate first = LocalDate.ofInstant(request.start(), ZoneOffset.UTC);
        for (UnitKpis unit : simulated.value().units()) {
            if (unit.overflows()) {
                warnings.add(String.format(Locale.ROOT, "%s runs full by %s in one path in twenty (in %.0f %% of "
                        + "paths over the horizon), refusing %.0f on average", unit.storageUnit(),
                        first.plusDays(unit.fullByDay()), 100 * unit.fullShare(), unit.refused()));
            }
        }
        return Result.ok(new PlanReport(first, recommendations, simulated.value(), optimisation, warnings));
    }

    /**
     * Lot sizes fitted to the storage units and the budget; when nothing fits, each product's own best policy, and
     * a warning that says which limit cannot be kept.
     */
    private static OrderOptimisation fit(Gathered data, List<ItemClass> classes, double budget, Designs designs,
            List<String> warnings) {
        long start = System.nanoTime();
        Result<Choice> choice = Fitting.fit(data.items(), classes, data.capacities(), data.occupied(), budget);
        if (choice.failed()) {
            warnings.add(choice.message() + ". Each product keeps its own best policy.");
            for (int i = 0; i < data.items().size(); i++) {
                designs.add(data.items().get(i), classes.get(i));
            }
            return new OrderOptimisation(Double.NaN, Double.NaN, Double.NaN, 0, List.of(), System.nanoTime() - start);
        }
        for (int i = 0; i < data.items().size(); i++) {
            designs.add(data.items().get(i), choice.value().policies().get(i));
        }
        OrderOptimisation summary = choice.value().summary();
        if (summary.serviceLowered() > 0) {
            warnings.add(summary.serviceLowered() + " product(s) had their service level lowered to fit "
                    + String.join(" and ", summary.binding()).replace(LotOptimiser.BUDGET, "the budget"));
        }
        return summary;
    }

    private static Result<Gathered> gather(Store store, PlanRequest request, List<String> warnings) {
        var skus = store.skus(Integer.MAX_VALUE);
        var units = store.storageUnits();
        var sales = store.dailySales(ZoneOffset.UTC);
        var onHand = store.stockOnHand();
        var counts = store.planning().stockByUnit();
        var terms = store.planning().supplyTerms();
        for (Result<?> read : List.of(skus, units, sales, onHand, counts, terms)) {
            if (read.failed()) {
                return Result.error("The plan could not read the store: " + read.message());
            }
        }
        DemandOutlooks outlooks = new DemandOutlooks(sales.value());
        Map<String, Double> stock = new HashMap<>();
        onHand.value().forEach(s -> stock.put(s.skuCode(), s.quantity()));
        Map<String, String> unitOf = largestUnit(counts.value());
        List<PlanningItem> items = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        int assumed = 0;
        for (Sku sku : skus.value()) {
            var outlook = outlooks.outlook(store, sku.code(), request.horizonDays());
            if (outlook.isEmpty()) {
                continue;
            }
            SupplyTerms term = terms.value().get(sku.code());
            if (term == null) {
                term = SupplyTerms.assumed(sku.code(), unitOf.get(sku.code()));
                assumed++;
            }
            items.add(new PlanningItem(sku, term, stock.getOrDefault(sku.code(), 0.0), outlook.get().outlook()));
            sources.put(sku.code(), outlook.get().source());
        }
        if (assumed > 0) {
            warnings.add(assumed + " product(s) have no supply terms: a week's lead time, 50 an order, packs of 1 "
                    + "and a 25 % holding rate were assumed");
        }
        if (onHand.value().isEmpty()) {
            warnings.add("The store has no stock counts: every product starts the plan with nothing on hand");
        }
        Map<String, Double> capacities = new HashMap<>();
        units.value().forEach(u -> capacities.put(u.code(), u.capacity()));
        return Result.ok(new Gathered(items, sources, capacities, occupied(counts.value(), items, terms.value()),
                lifeDays(store, request, units.value())));
    }

    /** Days grain keeps in each silo at its current conditions, from the quality risk. */
    private static Map<String, Integer> lifeDays(Store store, PlanRequest request, List<StorageUnit> units) {
        Map<String, Integer> life = new HashMap<>();
        Result<List<StorageRisk>> risks = new QualityAssessor().assess(store, request.start());
        if (!risks.failed()) {
            for (StorageRisk risk : risks.value()) {
                if (Double.isFinite(risk.daysLeft())) {
                    life.put(risk.storageUnit(), (int) Math.max(1, Math.round(risk.daysLeft())));
                }
            }
        }
        return life;
    }

    /** The room that stock of products not planned takes in each storage unit. */
    private static Map<String, Double> occupied(List<StockCount> counts, List<PlanningItem> items,
            Map<String, SupplyTerms> terms) {
        Set<String> planned = new HashSet<>();
        items.forEach(item -> planned.add(item.code()));
        Map<String, Double> occupied = new HashMap<>();
        for (StockCount count : counts) {
            if (!planned.contains(count.skuCode()) && count.storageUnitCode() != null) {
                SupplyTerms term = terms.get(count.skuCode());
                double volume = term == null ? 1 : term.unitVolume();
                occupied.merge(count.storageUnitCode(), count.quantity() * volume, Double::sum);
            }
        }
        return occupied;
    }

    private static Map<String, String> largestUnit(List<StockCount> counts) {
        Map<String, StockCount> largest = new HashMap<>();
        for (StockCount count : counts) {
            largest.merge(count.skuCode(), count, (a, b) -> b.quantity() > a.quantity() ? b : a);
        }
        Map<String, String> units = new HashMap<>();
        largest.forEach((sku, count) -> units.put(sku, count.storageUnitCode()));
        return units;
    }

    /** What the store gave for planning. */
    private record Gathered(List<PlanningItem> items, Map<String, String> sources, Map<String, Double> capacities,
            Map<String, Double> occupied, Map<String, Integer> unitLifeDays) {
    }

}
