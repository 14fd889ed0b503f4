package org.grenier.optimize.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.planning.ChangeKind;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ScenarioChange;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.planning.UnitKpis;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.optimize.internal.fixtures.CsvImports;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios played against the demo cooperative's store (a real H2 file, stock and a harvest imported from CSV):
 * each change moves what it should and nothing else.
 */
class PlanningScenariosTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StockPlanner planner = OsgiServices.get(StockPlanner.class);

    @Test
    void demandChangesMoveOnlyTheProductsInScope() throws IOException {
        try (Store store = store(false)) {
            PlanReport base = plan(store, Scenario.BASELINE);
            PlanReport promotion = plan(store, scenario(new ScenarioChange(ChangeKind.DEMAND, "sku:FROM-COMTE", 2,
                    null, null)));
            PlanReport everything = plan(store, scenario(new ScenarioChange(ChangeKind.DEMAND, "*", 2, null, null)));
            assertEquals(2, demand(everything, "*") / demand(base, "*"), 0.1);
            assertEquals(2, demand(promotion, "FROM-COMTE") / demand(base, "FROM-COMTE"), 0.1);
            assertEquals(1, demand(promotion, "ORGE-B") / demand(base, "ORGE-B"), 0.05);
        }
    }

    @Test
    void aPromotionHoldsOnlyBetweenItsDates() throws IOException {
        try (Store store = store(false)) {
            PlanReport base = plan(store, Scenario.BASELINE);
            // a fortnight of triple demand in a 60-day horizon: 14 * 3 + 46 = 88 days' worth instead of 60
            PlanReport promotion = plan(store, scenario(new ScenarioChange(ChangeKind.DEMAND, "*", 3,
                    TODAY.plusDays(10), TODAY.plusDays(23))));
            assertEquals(88 / 60.0, demand(promotion, "*") / demand(base, "*"), 0.08);
        }
    }

    @Test
    void leadTimeCapacityAndCostChangesReachThePolicies() throws IOException {
        try (Store store = store(false)) {
            PlanReport base = plan(store, Scenario.BASELINE);
            PlanReport slower = plan(store, scenario(new ScenarioChange(ChangeKind.LEAD_TIME, "*", 14, null, null),
                    new ScenarioChange(ChangeKind.CAPACITY, "VAL-S1", 0.5, null, null),
                    new ScenarioChange(ChangeKind.UNIT_COST, "sku:ORGE-B", 1.5, null, null)));
            Map<String, Recommendation> before = bySku(base);
            Map<String, Recommendation> after = bySku(slower);
            for (String sku : before.keySet()) {
                var p = before.get(sku).policy();
                var q = after.get(sku).policy();
                if (p.meanDaily() > 0) {
                    assertTrue(q.reorderPoint() >= p.reorderPoint() + 13 * p.meanDaily(), sku + ": " + p.reorderPoint()
                            + " -> " + q.reorderPoint());
                }
            }
            assertEquals(unit(base, "VAL-S1").capacity() / 2, unit(slower, "VAL-S1").capacity(), 1e-9);
            assertEquals(unit(base, "VAL-S2").capacity(), unit(slower, "VAL-S2").capacity(), 1e-9);
            assertEquals(1.5 * before.get("ORGE-B").orderValue() / before.get("ORGE-B").orderQuantity(),
                    after.get("ORGE-B").orderValue() / after.get("ORGE-B").orderQuantity(), 1e-6);
        }
    }

    @Test
    void aHarvestFillsItsSiloOnItsDayAndASmallerOneFits() throws IOException {
        try (Store store = store(true)) {
            PlanReport base = plan(store, Scenario.BASELINE);
            UnitKpis silo = unit(base, "VAL-S1");
            assertTrue(silo.overflows(), "2,000 q harvested into a 1,200 q silo holding 800: " + silo);
            assertEquals(20, silo.fullByDay(), "full on the harvest's day");
            assertTrue(base.warnings().contains(new PlanNote.UnitRunsFull("VAL-S1", TODAY.plusDays(20), silo.fullShare(),
                    silo.refused(), TODAY.plusDays(13))), base.warnings().toString());
            assertTrue(base.warnings().stream().map(PlanNote::english).anyMatch(w -> w.startsWith("VAL-S1 runs full "
                    + "by " + TODAY.plusDays(20)) && w.contains("move or sell about " + (long) Math.ceil(silo.refused())
                            + " from it by " + TODAY.plusDays(13))), base.warnings().toString());
            PlanReport poor = plan(store, scenario(new ScenarioChange(ChangeKind.PRODUCTION, "sku:BLE-T1", 0.1, null,
                    null)));
            assertTrue(!unit(poor, "VAL-S1").overflows() || unit(poor, "VAL-S1").fullByDay() > 20,
                    unit(poor, "VAL-S1").toString());
            assertTrue(unit(poor, "VAL-S1").refused() < silo.refused());
        }
    }

    @Test
    void theLedgerSinceTheCountMovesStockAndAnOpenOrderArrivesOnItsDay() throws IOException {
        try (Store store = store(false)) {
            PlanReport base = plan(store, Scenario.BASELINE);
            CsvImports.importText(store, folder, "moves.csv", "Stock movements", "date;article;emplacement;quantite\n"
                    + "10/11/2026;MAIS-G;VAL-S2;-70\n17/11/2026;MAIS-G;VAL-S2;-100\n" + french(TODAY.plusDays(3))
                    + ";MAIS-G;VAL-S2;250\n" + french(TODAY.plusDays(90)) + ";MAIS-G;VAL-S2;999\n");
            PlanReport ordered = plan(store, Scenario.BASELINE);
            Recommendation before = bySku(base).get("MAIS-G");
            Recommendation after = bySku(ordered).get("MAIS-G");
            assertEquals(600, before.onHand(), 1e-9);
            assertEquals(0, before.onOrder(), 1e-9);
            assertEquals(500, after.onHand(), 1e-9, "the issue after the count, not the one before it");
            assertEquals(250, after.onOrder(), 1e-9, "the receipt due in 3 days; the one after the horizon is not");
            double daily = after.policy().meanDaily();
            double peak = item(ordered, "MAIS-G").peakStock();
            assertTrue(peak >= 750 - 3 * daily - 1e-6, "the 250 arrive on day 3 on top of what is left: " + peak);
            assertTrue(peak > item(base, "MAIS-G").peakStock() + 100, peak + " vs " + item(base, "MAIS-G"));
        }
    }

    private static String french(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static ItemKpis item(PlanReport report, String sku) {
        return report.simulation().items().stream().filter(k -> k.sku().equals(sku)).findFirst().orElseThrow();
    }

    private PlanReport plan(Store store, Scenario scenario) {
        PlanRequest request = new PlanRequest(NOW, 60, new SimulationSettings(400, 3, new ComputeLimits(2,
                ComputeLimits.MIN_MEMORY_MEGABYTES)), Double.POSITIVE_INFINITY, scenario);
        return planner.plan(store, request, new NullProgressMonitor()).orElseThrow();
    }

    private static Scenario scenario(ScenarioChange... changes) {
        return new Scenario("what if", "", List.of(changes));
    }

    private static double demand(PlanReport report, String sku) {
        if (sku.equals("*")) {
            return report.simulation().total().demand();
        }
        return report.simulation().items().stream().filter(k -> k.sku().equals(sku)).mapToDouble(ItemKpis::demand)
                .findFirst().orElseThrow();
    }

    private static Map<String, Recommendation> bySku(PlanReport report) {
        return report.recommendations().stream().collect(Collectors.toMap(Recommendation::sku, Function.identity()));
    }

    private static UnitKpis unit(PlanReport report, String code) {
        return report.simulation().units().stream().filter(u -> u.storageUnit().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + report.simulation().units()));
    }

    private Store store(boolean harvest) throws IOException {
        Store store = OsgiServices.get(StoreOpener.class).open(folder.resolve("store")).orElseThrow();
        store.add(DemoDataset.create()).orElseThrow();
        CsvImports.importText(store, folder, "stock.csv", "Stock snapshot", "date;article;cellule;quantite\n"
                + "15/11/2026;BLE-T1;VAL-S1;800\n15/11/2026;MAIS-G;VAL-S2;600\n");
        if (harvest) {
            CsvImports.importText(store, folder, "harvest.csv", "Production plan", "date;article;site;quantite\n"
                    + TODAY.plusDays(20) + ";BLE-T1;VAL;2000\n");
        }
        return store;
    }
}
