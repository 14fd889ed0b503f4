package org.grenier.optimize.internal.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.planning.InventoryPolicies;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.SimulatedItem;
import org.grenier.core.planning.SimulationModel;
import org.grenier.core.planning.SimulationOutcome;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockPolicy;
import org.grenier.core.planning.StockSimulation;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.optimize.internal.fixtures.Items;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MonteCarloSimulationTest {

    private final InventoryPolicies policies = OsgiServices.get(InventoryPolicies.class);
    private final StockSimulation simulation = OsgiServices.get(StockSimulation.class);

    @ParameterizedTest(name = "{0} at {1} with lead time {2} ± {3} days")
    @CsvSource({ "PERIODIC_REVIEW, 0.95, 5, 0", "PERIODIC_REVIEW, 0.95, 5, 1.5", "CONTINUOUS_REVIEW, 0.95, 5, 0",
            "CONTINUOUS_REVIEW, 0.95, 10, 2", "CONTINUOUS_REVIEW, 0.90, 3, 0", "PERIODIC_REVIEW, 0.98, 7, 0" })
    void policiesReachTheServiceLevelTheyAreDesignedFor(PolicyKind kind, double target, double lead, double leadSd) {
        PlanningItem item = Items.steady("S", 20, 6, lead, leadSd, 10);
        StockPolicy policy = policies.design(item, target, kind).orElseThrow();
        ItemKpis kpis = run(List.of(item.withDemand(item.demand())), List.of(policy), Map.of(), 2000, 42)
                .items().get(0);
        assertTrue(kpis.cycles() > 10_000, "enough cycles to measure: " + kpis.cycles());
        assertEquals(target, kpis.cycleServiceLevel(), 0.02, kind + " designed for " + target + ": " + kpis);
    }

    /**
     * A shelf life longer than the economic order's cover, but shorter than it plus the safety stock ahead of each
     * delivery: the policy must shorten its cycle, or lots expire on the shelf and sales are lost.
     */
    @ParameterizedTest(name = "{0} with a {1}-day shelf life")
    @CsvSource({ "PERIODIC_REVIEW, 25", "CONTINUOUS_REVIEW, 25", "PERIODIC_REVIEW, 12", "CONTINUOUS_REVIEW, 12" })
    void policiesForShortLivedProductsStillReachTheirServiceLevel(PolicyKind kind, int shelfLife) {
        SupplyTerms terms = new SupplyTerms("SHORT", 5, 0, 50, 0, 1, 1, "COLD-1", 0.25);
        PlanningItem item = Items.item("SHORT", 40, 12, terms, 30, shelfLife, 0);
        StockPolicy policy = policies.design(item, 0.97, kind).orElseThrow();
        ItemKpis kpis = run(List.of(item), List.of(policy), Map.of(), 1000, 5).items().get(0);
        assertEquals(0.97, kpis.cycleServiceLevel(), 0.02, policy + " -> " + kpis);
        assertTrue(kpis.waste() < 0.01 * kpis.demand(), "little is thrown away: " + kpis);
    }

    @Test
    void theSameSeedGivesTheSameOutcomeOnAnyNumberOfThreads() {
        List<PlanningItem> items = List.of(Items.steady("A", 20, 6, 5, 1, 10), Items.steady("B", 3, 2, 9, 0, 40));
        List<StockPolicy> designed = items.stream().map(i -> policies.design(i, 0.95).orElseThrow()).toList();
        SimulationOutcome one = run(items, designed, Map.of("SILO-1", 500.0), 100, 7, 1);
        SimulationOutcome two = run(items, designed, Map.of("SILO-1", 500.0), 100, 7, 2);
        SimulationOutcome other = run(items, designed, Map.of("SILO-1", 500.0), 100, 8, 2);
        assertEquals(one.items(), two.items());
        assertEquals(one.units(), two.units());
        assertArrayEquals(one.fan().p50(), two.fan().p50());
        assertTrue(one.items().get(0).demand() != other.items().get(0).demand(), "another seed, other demand");
    }

    @Test
    void aFullStorageUnitRefusesDeliveriesAndIsNeverOverfilled() {
        List<PlanningItem> items = List.of(Items.steady("A", 20, 6, 5, 0, 10), Items.steady("B", 20, 6, 5, 0, 10));
        List<StockPolicy> designed = items.stream()
                .map(i -> policies.design(i, 0.95, PolicyKind.CONTINUOUS_REVIEW).orElseThrow()).toList();
        double capacity = 0.7 * designed.stream().mapToDouble(StockPolicy::peakStock).sum();
        SimulationOutcome outcome = run(items, designed, Map.of("SILO-1", capacity), 200, 1);
        assertTrue(outcome.units().get(0).peakUtilisation() <= 1 + 1e-9, outcome.units().toString());
        assertTrue(outcome.units().get(0).refused() > 0, outcome.units().toString());
        assertTrue(outcome.units().get(0).daysFull() > 0, outcome.units().toString());
    }

    @Test
    void lotsPastTheirLifeAreThrownAway() {
        SupplyTerms terms = new SupplyTerms("FRESH", 2, 0, 50, 0, 1, 1, "COLD-1", 0.25);
        PlanningItem fresh = Items.item("FRESH", 30, 9, terms, 2, 4, 100);
        StockPolicy designed = policies.design(fresh, 0.95, PolicyKind.PERIODIC_REVIEW).orElseThrow();
        // a fortnight's stock for a product that keeps four days
        StockPolicy oversized = new StockPolicy("FRESH", PolicyKind.PERIODIC_REVIEW, 0.95, 30, 9, 30, 90, 420, 420,
                14, 420, 0, 0, "oversized on purpose");
        SimulationOutcome spoils = run(List.of(fresh), List.of(oversized), Map.of(), 50, 3);
        assertTrue(spoils.items().get(0).waste() > 0.3 * spoils.items().get(0).demand(), spoils.items().toString());
        assertTrue(spoils.total().cost().spoilage() > 0);
        SimulationOutcome fits = run(List.of(fresh), List.of(designed), Map.of(), 50, 3);
        assertTrue(fits.items().get(0).waste() < spoils.items().get(0).waste() / 10,
                "a review sized to the shelf life wastes far less: " + fits.items() + " / " + spoils.items());
    }

    @Test
    void cancellingKeepsNothing() {
        PlanningItem item = Items.steady("A", 20, 6, 5, 0, 10);
        StockPolicy policy = policies.design(item, 0.95).orElseThrow();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Result<SimulationOutcome> result = simulation.simulate(model(List.of(item), List.of(policy), Map.of()),
                new SimulationSettings(400, 1, new ComputeLimits(2, 64)), cancelled);
        assertTrue(result.failed());
        assertTrue(result.message().contains("cancelled"), result.message());
    }

    private SimulationOutcome run(List<PlanningItem> items, List<StockPolicy> designed, Map<String, Double> capacity,
            int paths, long seed) {
        return run(items, designed, capacity, paths, seed, 2);
    }

    private SimulationOutcome run(List<PlanningItem> items, List<StockPolicy> designed, Map<String, Double> capacity,
            int paths, long seed, int threads) {
        return simulation.simulate(model(items, designed, capacity), new SimulationSettings(paths, seed,
                new ComputeLimits(threads, 64)), new NullProgressMonitor()).orElseThrow();
    }

    private static SimulationModel model(List<PlanningItem> items, List<StockPolicy> designed,
            Map<String, Double> capacity) {
        List<SimulatedItem> simulated = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            simulated.add(SimulatedItem.of(items.get(i), designed.get(i)));
        }
        return new SimulationModel(simulated, capacity, 365);
    }
}
