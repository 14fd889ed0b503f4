package org.grenier.optimize.internal.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.model.StockMovement;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.planning.StockValuation;
import org.grenier.core.planning.StorageCostReport;
import org.grenier.core.planning.StorageCosts;
import org.grenier.core.planning.UnitCosts;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.optimize.internal.fixtures.CsvImports;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage costs of the demo cooperative in a real H2 store: its costed receipts (a yearly swing of ±8 %) valued by
 * hand here and by the service, the holding cost split by the factors, and the value at risk of a warm silo.
 */
class StorageCostsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path folder;

    private final StockPlanner planner = OsgiServices.get(StockPlanner.class);
    private final StorageCosts costs = OsgiServices.get(StorageCosts.class);

    @Test
    void countedWheatIsValuedAtItsLatestReceiptsAndAtTheirAverage() throws IOException {
        try (Store store = store(10)) {
            StorageCostReport report = analyse(store, CostFactors.DEFAULTS);
            StockValuation wheat = report.items().stream().filter(i -> i.sku().equals("BLE-T1")).findFirst()
                    .orElseThrow();
            assertEquals("VAL-S1", wheat.storageUnit());
            assertEquals(800, wheat.quantity(), 1e-9);
            List<StockMovement> receipts = DemoDataset.create().movements().stream()
                    .filter(m -> m.skuCode().equals("BLE-T1")).sorted(Comparator.comparing(StockMovement::at)
                            .reversed()).toList();
            double left = 800;
            double fifo = 0;
            double cost = 0;
            double units = 0;
            for (StockMovement receipt : receipts) {
                double taken = Math.min(left, receipt.quantity().doubleValue());
                fifo += taken * receipt.unitCost().doubleValue();
                left -= taken;
                cost += receipt.quantity().doubleValue() * receipt.unitCost().doubleValue();
                units += receipt.quantity().doubleValue();
            }
            assertEquals(fifo, wheat.fifoValue(), 1e-6);
            assertEquals(800 * cost / units, wheat.averageValue(), 1e-6);
            assertTrue(Math.abs(wheat.fifoValue() - wheat.averageValue()) > 1, "the swing tells them apart");
            assertTrue(wheat.fromReceipts());
        }
    }

    @Test
    void theHoldingCostIsTheSimulatedOneSplitByTheFactors() throws IOException {
        try (Store store = store(10)) {
            CostFactors factors = new CostFactors(0.5, 0.2, 0.3);
            PlanReport plan = plan(store);
            StorageCostReport report = costs.analyse(store, plan, factors).orElseThrow();
            assertEquals(plan.simulation().total().cost().holding(), report.total().holding(), 1e-6);
            assertEquals(plan.simulation().total().cost().spoilage(), report.total().expectedSpoilage(), 1e-6);
            for (UnitCosts unit : report.units()) {
                assertEquals(0.5 * unit.holding(), unit.storage(), 1e-9);
                assertEquals(0.2 * unit.holding(), unit.handling(), 1e-9);
                assertEquals(0.3 * unit.holding(), unit.maintenance(), 1e-9);
            }
            double items = report.items().stream().mapToDouble(StockValuation::fifoValue).sum();
            assertEquals(items, report.total().fifoValue(), 1e-6);
        }
    }

    @Test
    void aWarmSiloPutsItsWholeStockAtRiskAndACoolOneNothing() throws IOException {
        try (Store warm = store(25)) {
            UnitCosts silo = unit(analyse(warm, CostFactors.DEFAULTS), "VAL-S1");
            assertTrue(silo.daysLeft() < 60, "wheat at 25 °C for two months: " + silo.daysLeft());
            assertEquals(silo.fifoValue(), silo.valueAtRisk(), 1e-9);
        }
        try (Store cool = store(5)) {
            UnitCosts silo = unit(analyse(cool, CostFactors.DEFAULTS), "VAL-S1");
            assertTrue(silo.daysLeft() > 60, "wheat at 5 °C keeps: " + silo.daysLeft());
            assertEquals(0, silo.valueAtRisk(), 0);
        }
    }

    private StorageCostReport analyse(Store store, CostFactors factors) {
        return costs.analyse(store, plan(store), factors).orElseThrow();
    }

    private PlanReport plan(Store store) {
        PlanRequest request = new PlanRequest(NOW, 60, new SimulationSettings(200, 3, new ComputeLimits(2,
                ComputeLimits.MIN_MEMORY_MEGABYTES)));
        return planner.plan(store, request, new NullProgressMonitor()).orElseThrow();
    }

    private static UnitCosts unit(StorageCostReport report, String code) {
        return report.units().stream().filter(u -> u.storageUnit().equals(code)).findFirst().orElseThrow();
    }

    /** The demo store, wheat counted in silo 1, and two months of grain temperatures there. */
    private Store store(double celsius) throws IOException {
        Path at = folder.resolve("store-" + celsius);
        Store store = OsgiServices.get(StoreOpener.class).open(at).orElseThrow();
        store.add(DemoDataset.create()).orElseThrow();
        List<SensorReading> readings = new ArrayList<>();
        for (int hour = 60 * 24; hour > 0; hour -= 3) {
            readings.add(new SensorReading("S1-T", "VAL-S1", NOW.minus(Duration.ofHours(hour)), Measure.TEMPERATURE,
                    celsius));
        }
        store.sensors().append(readings).orElseThrow();
        CsvImports.importText(store, folder, "stock-" + celsius + ".csv", "Stock snapshot",
                "date;article;cellule;quantite\n15/11/2026;BLE-T1;VAL-S1;800\n");
        return store;
    }
}
