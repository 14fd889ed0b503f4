package org.grenier.optimize.internal.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.grenier.core.Result;
import org.grenier.core.model.PlannedProduction;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockCount;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.store.Store;
import org.grenier.optimize.internal.quality.QualityAssessor;
import org.grenier.optimize.internal.scenario.ScenarioEffects;

/**
 * What a plan is made from, read from the store with the scenario's changes applied: the products to plan, where
 * each one's demand outlook came from, the storage units' capacity and the room other stock takes in them, the days
 * grain keeps in each silo, each product's production per day, stock on hand and on order, and the budget.
 */
record PlanData(List<PlanningItem> items, Map<String, String> sources, Map<String, Double> capacities,
        Map<String, Double> occupied, Map<String, Integer> unitLifeDays, Map<String, double[]> production,
        StockPosition position, double budget) {

    /** Production with one of these statuses will not happen. */
    private static final Set<String> CANCELLED = Set.of("cancelled", "canceled", "annule", "annulé", "abandonne");

    static Result<PlanData> read(Store store, PlanRequest request, List<PlanNote> warnings) {
        var skus = store.skus(Integer.MAX_VALUE);
        var units = store.storageUnits();
        var sales = store.dailySales(ZoneOffset.UTC);
        var counts = store.planning().stockByUnit();
        var movements = store.planning().movements();
        var terms = store.planning().supplyTerms();
        var production = store.planning().production();
        for (Result<?> read : List.of(skus, units, sales, counts, movements, terms, production)) {
            if (read.failed()) {
                return Result.error("The plan could not read the store: " + read.message());
            }
        }
        LocalDate first = LocalDate.ofInstant(request.start(), ZoneOffset.UTC);
        ScenarioEffects effects = new ScenarioEffects(request.scenario(), first);
        DemandOutlooks outlooks = new DemandOutlooks(sales.value());
        StockPosition position = StockPosition.of(counts.value(), movements.value(), request.start(),
                request.horizonDays());
        Map<String, Double> stock = position.onHand();
        Map<String, String> unitOf = largestUnit(position.byUnit());
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
            items.add(effects.apply(new PlanningItem(sku, term, stock.getOrDefault(sku.code(), 0.0),
                    outlook.get().outlook())));
            sources.put(sku.code(), outlook.get().source());
        }
        if (assumed > 0) {
            warnings.add(new PlanNote.NoSupplyTerms(assumed));
        }
        if (stock.isEmpty()) {
            warnings.add(new PlanNote.NoStockCounts());
        }
        Map<String, Double> capacities = new HashMap<>();
        units.value().forEach(u -> capacities.put(u.code(), u.capacity()));
        return Result.ok(new PlanData(items, sources, effects.capacities(capacities),
                occupied(position.byUnit(), items, terms.value()), lifeDays(store, request, effects),
                daily(production.value(), items, first, request.horizonDays(), effects, warnings), position,
                effects.budget(request.budget())));
    }

    /** Days grain keeps in each silo, from the quality risk: at its current conditions, or through a heat wave. */
    private static Map<String, Integer> lifeDays(Store store, PlanRequest request, ScenarioEffects effects) {
        Map<String, Integer> life = new HashMap<>();
        Result<List<StorageRisk>> risks = new QualityAssessor().assess(store, request.start());
        if (!risks.failed()) {
            for (StorageRisk risk : risks.value()) {
                double left = effects.heats() ? effects.grainDaysLeft(risk) : risk.daysLeft();
                if (Double.isNaN(left)) {
                    left = risk.daysLeft();
                }
                if (Double.isFinite(left)) {
                    life.put(risk.storageUnit(), (int) Math.max(1, Math.round(left)));
                }
            }
        }
        return life;
    }

    /** Each planned product's production per day of the horizon; what falls outside it is left out. */
    private static Map<String, double[]> daily(List<PlannedProduction> plan, List<PlanningItem> items,
            LocalDate first, int horizon, ScenarioEffects effects, List<PlanNote> warnings) {
        Map<String, Sku> planned = new HashMap<>();
        items.forEach(item -> planned.put(item.code(), item.sku()));
        Map<String, double[]> daily = new HashMap<>();
        int unplanned = 0;
        for (PlannedProduction production : plan) {
            long day = ChronoUnit.DAYS.between(first, LocalDate.ofInstant(production.plannedFor(), ZoneOffset.UTC));
            if (day < 0 || day >= horizon || production.status() != null
                    && CANCELLED.contains(production.status().trim().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!planned.containsKey(production.skuCode())) {
                unplanned++;
                continue;
            }
            daily.computeIfAbsent(production.skuCode(), code -> new double[horizon])[(int) day] +=
                    production.quantity();
        }
        daily.replaceAll((code, quantities) -> effects.production(planned.get(code), quantities));
        if (unplanned > 0) {
            warnings.add(new PlanNote.UnplannedProduction(unplanned));
        }
        return daily;
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
}
