package org.grenier.optimize.internal.costs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.grenier.core.Result;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StockMovement;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.StockValuation;
import org.grenier.core.planning.StorageCostReport;
import org.grenier.core.planning.StorageCosts;
import org.grenier.core.planning.UnitCosts;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.store.Store;
import org.grenier.optimize.internal.plan.StockPosition;
import org.grenier.optimize.internal.quality.QualityAssessor;
import org.grenier.optimize.internal.scenario.ScenarioEffects;
import org.osgi.service.component.annotations.Component;

/**
 * Values each product's stock from its movements (FIFO and moving weighted average), gathers the values by storage
 * unit, and adds what the plan's simulation projects over its horizon: holding cost split by the cost factors,
 * expected spoilage, and the value at risk where grain will not keep to the end of the horizon.
 */
@Component(service = StorageCosts.class)
public class StorageCostService implements StorageCosts {

    @Override
    public Result<StorageCostReport> analyse(Store store, PlanReport plan, CostFactors factors) {
        Result<List<Sku>> skus = store.skus(Integer.MAX_VALUE);
        Result<List<StockCount>> counts = store.planning().stockByUnit();
        Result<List<StockMovement>> movements = store.planning().movements();
        for (Result<?> read : List.of(skus, counts, movements)) {
            if (read.failed()) {
                return Result.error(read.message());
            }
        }
        // The stock of the plan's first day, as the plan counts it: what is due later is on order, not in store.
        Instant endOfDay = plan.start().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<StockMovement> done = movements.value().stream().filter(m -> m.at().isBefore(endOfDay)).toList();
        Map<String, InventoryLedger> ledgers = ledgers(skus.value(), done);
        Map<String, String> unitOf = new HashMap<>();
        plan.recommendations().forEach(r -> unitOf.put(r.sku(), r.storageUnit()));
        done.forEach(m -> unitOf.putIfAbsent(m.skuCode(), m.storageUnitCode()));
        List<PlanNote> notes = new ArrayList<>();
        List<StockCount> counted = StockPosition.of(counts.value(), done, endOfDay, 1).byUnit();
        List<StockValuation> items = valuations(ledgers, counted, unitOf, notes);
        List<UnitCosts> units = units(store, plan, factors, items, unitOf);
        return Result.ok(new StorageCostReport(plan.start(), plan.simulation().horizonDays(), plan.scenario().name(),
                factors, items, units, notes));
    }

    private static Map<String, InventoryLedger> ledgers(List<Sku> skus, List<StockMovement> movements) {
        Map<String, InventoryLedger> ledgers = new TreeMap<>();
        for (Sku sku : skus) {
            ledgers.put(sku.code(), new InventoryLedger(sku.unitCost() == null ? 0 : sku.unitCost().doubleValue()));
        }
        for (StockMovement movement : movements) {
            InventoryLedger ledger = ledgers.get(movement.skuCode());
            if (ledger != null) {
                ledger.apply(movement);
            }
        }
        return ledgers;
    }

    /**
     * A line per product and storage unit it is counted in (its latest count moved by the ledger since), or, for a
     * product never counted, one line with what its movements leave, in the unit it is planned in or was last moved to.
     */
    private static List<StockValuation> valuations(Map<String, InventoryLedger> ledgers, List<StockCount> counts,
            Map<String, String> unitOf, List<PlanNote> notes) {
        Map<String, List<StockCount>> counted = new TreeMap<>();
        counts.forEach(c -> counted.computeIfAbsent(c.skuCode(), k -> new ArrayList<>()).add(c));
        List<StockValuation> items = new ArrayList<>();
        int uncosted = 0;
        int uncounted = 0;
        for (var entry : ledgers.entrySet()) {
            InventoryLedger ledger = entry.getValue();
            List<StockCount> lines = counted.getOrDefault(entry.getKey(), List.of());
            double onHand = lines.isEmpty() ? ledger.quantity() : lines.stream().mapToDouble(StockCount::quantity)
                    .sum();
            if (onHand <= 0) {
                continue;
            }
            uncosted += ledger.costed() ? 0 : 1;
            uncounted += lines.isEmpty() ? 1 : 0;
            double fifo = ledger.fifoValue(onHand);
            double average = ledger.averageValue(onHand);
            if (lines.isEmpty()) {
                String unit = unitOf.getOrDefault(entry.getKey(), null);
                items.add(new StockValuation(entry.getKey(), unit == null ? StorageCostReport.NO_UNIT : unit, onHand,
                        fifo, average, ledger.averageCost(), ledger.costed()));
            }
            for (StockCount line : lines) {
                double share = line.quantity() / onHand;
                items.add(new StockValuation(entry.getKey(), line.storageUnitCode() == null
                        ? StorageCostReport.NO_UNIT : line.storageUnitCode(), line.quantity(), share * fifo,
                        share * average, ledger.averageCost(), ledger.costed()));
            }
        }
        if (uncosted > 0) {
            notes.add(new PlanNote.NoCostedReceipt(uncosted));
        }
        if (uncounted > 0) {
            notes.add(new PlanNote.NeverCounted(uncounted));
        }
        return items;
    }

    private static List<UnitCosts> units(Store store, PlanReport plan, CostFactors factors,
            List<StockValuation> items, Map<String, String> unitOf) {
        Map<String, double[]> sums = new TreeMap<>();
        for (StockValuation item : items) {
            double[] sum = sums.computeIfAbsent(item.storageUnit(), k -> new double[4]);
            sum[0] += item.fifoValue();
            sum[1] += item.averageValue();
        }
        for (ItemKpis kpis : plan.simulation().items()) {
            String unit = unitOf.get(kpis.sku());
            double[] sum = sums.computeIfAbsent(unit == null ? StorageCostReport.NO_UNIT : unit, k -> new double[4]);
            sum[2] += kpis.cost().holding();
            sum[3] += kpis.cost().spoilage();
        }
        Map<String, Double> daysLeft = grainDaysLeft(store, plan);
        List<UnitCosts> units = new ArrayList<>();
        sums.forEach((unit, sum) -> {
            double left = daysLeft.getOrDefault(unit, Double.POSITIVE_INFINITY);
            double atRisk = left < plan.simulation().horizonDays() ? sum[0] : 0;
            units.add(new UnitCosts(unit, sum[0], sum[1], sum[2], sum[2] * factors.storage(),
                    sum[2] * factors.handling(), sum[2] * factors.maintenance(), sum[3], atRisk, left));
        });
        return units;
    }

    /** The storage life each unit's grain has left, at its latest conditions or through the scenario's heat wave. */
    private static Map<String, Double> grainDaysLeft(Store store, PlanReport plan) {
        Map<String, Double> left = new HashMap<>();
        ScenarioEffects effects = new ScenarioEffects(plan.scenario(), plan.start());
        Result<List<StorageRisk>> risks = new QualityAssessor().assess(store, plan.start().atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        if (!risks.failed()) {
            for (StorageRisk risk : risks.value()) {
                double days = effects.heats() ? effects.grainDaysLeft(risk) : risk.daysLeft();
                if (!Double.isNaN(days) && risk.crop().isPresent()) {
                    left.put(risk.storageUnit(), days);
                }
            }
        }
        return left;
    }
}
