package org.grenier.optimize.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.grenier.core.model.Sector;
import org.grenier.core.model.Sku;
import org.grenier.core.planning.DemandOutlook;
import org.grenier.core.planning.InventoryPolicies;
import org.grenier.core.planning.ServiceTargets;
import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.StockPolicy;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.optimize.internal.fixtures.Items;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;

class PolicyDesignerTest {

    private final InventoryPolicies policies = OsgiServices.get(InventoryPolicies.class);

    @Test
    void continuousReviewCoversLeadTimeDemandAndTheUndershoot() {
        PlanningItem item = Items.steady("A1", 10, 3, 4, 0, 20);
        StockPolicy policy = policies.design(item, 0.95, PolicyKind.CONTINUOUS_REVIEW).orElseThrow();
        double undershoot = (100 + 9) / 20.0;
        double spread = Math.sqrt(36 + PolicyMath.undershootVariance(10, 3));
        assertEquals(1.6449 * spread, policy.safetyStock(), 1e-3);
        assertEquals(40 + undershoot + 1.6449 * spread, policy.reorderPoint(), 1e-3);
        // EOQ: sqrt(2 * 3650 * 50 / (20 * 0.25)) = 270.2, ordered as 271 units of pack 1
        assertEquals(270.19, policy.economicOrderQuantity(), 0.01);
        assertEquals(271, policy.orderQuantity(), 1e-9);
    }

    @Test
    void periodicReviewCoversReviewPeriodAndLeadTime() {
        PlanningItem item = Items.steady("B1", 10, 3, 4, 1, 20);
        StockPolicy policy = policies.design(item, 0.95, PolicyKind.PERIODIC_REVIEW).orElseThrow();
        int review = policy.reviewDays();
        assertEquals(27, review, "the economic order covers 27 days");
        double risk = review + 4;
        double spread = Math.sqrt(risk * 9 + 100);
        assertEquals(10 * risk + 1.6449 * spread, policy.orderUpTo(), 1e-2);
    }

    @Test
    void perishablesGetANewsvendorLotPerShelfLife() {
        SupplyTerms terms = new SupplyTerms("FRESH", 1, 0, 50, 0, 1, 1, "COLD-1", 0.25);
        PlanningItem item = Items.item("FRESH", 30, 9, terms, 2.0, 3, 0);
        StockPolicy policy = policies.design(item, 0.95).orElseThrow();
        assertEquals(PolicyKind.NEWSVENDOR, policy.kind());
        // price 3, cost 2, nothing back: (3 - 2) / (3 - 0) = 1/3
        assertEquals(1 / 3.0, policy.criticalRatio(), 1e-9);
        assertEquals(3, policy.reviewDays());
        assertEquals(1 / 3.0, policy.serviceTarget(), 1e-9, "a thin margin sizes the lot below median demand");
    }

    @Test
    void packsAndMinimumsShapeTheOrder() {
        SupplyTerms terms = new SupplyTerms("P", 5, 0, 50, 500, 24, 1, "SHELF-1", 0.25);
        PlanningItem item = Items.item("P", 10, 3, terms, 20, null, 0);
        StockPolicy policy = policies.design(item, 0.95, PolicyKind.CONTINUOUS_REVIEW).orElseThrow();
        assertEquals(504, policy.orderQuantity(), 1e-9, "the minimum of 500 in packs of 24");
    }

    @Test
    void aBadServiceLevelIsRefusedWithTheProduct() {
        var result = policies.design(Items.steady("X9", 10, 3, 4, 0, 20), 95);
        assertTrue(result.failed());
        assertTrue(result.message().contains("X9"), result.message());
    }

    @Test
    void classifiesByValueAndPredictability() {
        List<PlanningItem> items = List.of(
                withDemand("BIG", 100, 10, 10), // value 365,000, cv 0.04 -> AX
                withDemand("MID", 10, 20, 10), // value 36,500, cv 0.76 -> B (80 % reached before it), Y
                withDemand("LOW", 1, 5, 10), // value 3,650, cv 1.9 -> C, Z
                withDemand("TINY", 0.1, 0.01, 10)); // value 365 -> C, X
        Map<String, ItemClass> classes = policies.classify(items).stream()
                .collect(Collectors.toMap(ItemClass::sku, c -> c));
        assertEquals("AX", classes.get("BIG").label());
        assertEquals("BY", classes.get("MID").label());
        assertEquals("CZ", classes.get("LOW").label());
        assertEquals("CX", classes.get("TINY").label());
        assertEquals(0.99, classes.get("BIG").serviceTarget());
        assertEquals(0.90, classes.get("LOW").serviceTarget());
    }

    @Test
    void eachClassGetsTheServiceLevelThePlannerGaveIt() {
        List<PlanningItem> items = List.of(withDemand("BIG", 100, 10, 10), withDemand("LOW", 1, 5, 10));
        ServiceTargets raised = ServiceTargets.parse("0.995,0.98,0.97,0.97,0.96,0.95,0.95,0.93,0.975");
        Map<String, ItemClass> classes = policies.classify(items, raised).stream()
                .collect(Collectors.toMap(ItemClass::sku, c -> c));
        assertEquals(0.995, classes.get("BIG").serviceTarget());
        assertEquals(0.975, classes.get("LOW").serviceTarget());
        double before = policies.design(items.get(1), 0.90).value().safetyStock();
        double after = policies.design(items.get(1), classes.get("LOW").serviceTarget()).value().safetyStock();
        assertTrue(after > before, "a higher level needs more safety stock: " + before + " then " + after);
    }

    @Test
    void serviceLevelsOutOfRangeOrMiscountedAreRefusedWithTheClass() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> ServiceTargets.parse("0.99,0.98,0.97,0.97,0.4,0.95,0.95,0.93,0.90"));
        assertTrue(low.getMessage().contains("BY"), low.getMessage());
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> ServiceTargets.parse("0.99,0.98"));
        assertTrue(few.getMessage().contains("nine"), few.getMessage());
        assertEquals(ServiceTargets.DEFAULTS, ServiceTargets.parse(ServiceTargets.DEFAULTS.text()));
    }

    private static PlanningItem withDemand(String code, double mean, double sd, double unitCost) {
        Sku sku = new Sku(code, code, "test", Sector.RETAIL, "unit", null, BigDecimal.valueOf(unitCost), null);
        return new PlanningItem(sku, SupplyTerms.assumed(code, null), 0, DemandOutlook.steady(code, mean, sd, 365));
    }
}
