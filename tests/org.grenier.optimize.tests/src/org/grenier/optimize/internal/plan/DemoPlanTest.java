package org.grenier.optimize.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan a newcomer makes in the demo workspace (a real H2 file) starts from the stock counted on its last
 * evening and the demo's own supply terms: some products to order at once, others well covered, none assumed.
 */
class DemoPlanTest {

    @TempDir
    Path folder;

    @Test
    void theDemoPlanStartsFromStockOnHandWithTheDemosOwnTerms() {
        try (Store store = OsgiServices.get(StoreOpener.class).open(folder.resolve("demo")).orElseThrow()) {
            store.add(DemoDataset.workspace()).orElseThrow();
            PlanRequest request = new PlanRequest(Instant.parse("2026-11-20T12:00:00Z"), 60,
                    new SimulationSettings(300, 5, new ComputeLimits(2, ComputeLimits.MIN_MEMORY_MEGABYTES)),
                    Double.POSITIVE_INFINITY, Scenario.BASELINE);
            PlanReport plan = OsgiServices.get(StockPlanner.class).plan(store, request, new NullProgressMonitor())
                    .orElseThrow();

            assertTrue(plan.warnings().stream().noneMatch(n -> n instanceof PlanNote.NoStockCounts
                    || n instanceof PlanNote.NoSupplyTerms), plan.warnings().toString());
            Map<String, Recommendation> bySku = plan.recommendations().stream()
                    .collect(Collectors.toMap(Recommendation::sku, Function.identity()));
            assertEquals(DemoDataset.workspace().skus().size(), bySku.size(), bySku.keySet().toString());
            bySku.values().forEach(r -> assertTrue(r.onHand() > 0, r.sku() + " has stock on hand"));
            for (String low : new String[] { "MAIS-G", "CAROTTE", "LAIT-CRU", "VACC-GRIP" }) {
                assertTrue(bySku.get(low).orderNow(), low + " is short: " + bySku.get(low));
            }
            for (String covered : new String[] { "BLE-T1", "ORGE-B", "FROM-COMTE", "SPF-50" }) {
                assertFalse(bySku.get(covered).orderNow(), covered + " is covered: " + bySku.get(covered));
            }
            assertEquals("VAL-S1", bySku.get("BLE-T1").storageUnit(), "wheat planned in its own silo");
        }
    }
}
