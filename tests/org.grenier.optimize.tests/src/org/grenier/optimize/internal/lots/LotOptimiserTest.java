package org.grenier.optimize.internal.lots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.grenier.core.Result;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.StockPolicy;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.optimize.internal.fixtures.Items;
import org.grenier.optimize.internal.lots.LotOptimiser.Choice;
import org.grenier.optimize.internal.lots.LotOptimiser.Limits;
import org.grenier.optimize.internal.lots.LotOptimiser.Product;
import org.grenier.optimize.internal.policy.LotOptions;
import org.grenier.optimize.internal.policy.LotOptions.LotOption;
import org.junit.jupiter.api.Test;

class LotOptimiserTest {

    private static final List<String> UNITS = List.of("SILO-1", "SILO-2", "SHED-1");

    @Test
    void withRoomToSpareEveryProductGetsItsCheapestLot() {
        List<Product> products = products(30, 7);
        Choice choice = new LotOptimiser().optimise(products, limits(new double[] {1e9, 1e9, 1e9}, 1e12))
                .orElseThrow();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            double margin = p.item().price() - p.item().unitCost();
            double cheapest = LotOptions.of(p.item(), p.target(), p.kind()).stream()
                    .mapToDouble(o -> o.policy().annualCost() + o.shortPerYear() * margin).min().orElseThrow();
            StockPolicy chosen = choice.policies().get(i);
            assertEquals(cheapest, chosen.annualCost() + shortOf(p, chosen) * margin, 1e-6, p.item().code());
        }
        assertTrue(choice.summary().binding().isEmpty());
        assertEquals(choice.summary().unconstrainedCost(), choice.summary().optimisedCost(), 1e-9);
    }

    @Test
    void capacityAndBudgetAreNeverExceededAndPacksAreWhole() {
        List<Product> products = products(60, 11);
        double[] free = use(products, cheapest(products));
        double[] room = {0.6 * free[0], 0.7 * free[1], 0.8 * free[2]};
        double budget = 0.75 * free[3];
        Choice choice = new LotOptimiser().optimise(products, limits(room, budget)).orElseThrow();
        double[] used = use(products, choice.policies());
        for (int u = 0; u < room.length; u++) {
            assertTrue(used[u] <= room[u] * (1 + 1e-9), UNITS.get(u) + " holds " + used[u] + " of " + room[u]);
        }
        assertTrue(used[3] <= budget * (1 + 1e-9), "stock worth " + used[3] + " against a budget of " + budget);
        for (int i = 0; i < products.size(); i++) {
            SupplyTerms terms = products.get(i).item().terms();
            double q = choice.policies().get(i).orderQuantity();
            assertEquals(0, Math.IEEEremainder(q, terms.packSize()), 1e-6, "whole packs of " + terms.packSize());
            assertTrue(q >= terms.minimumOrder(), "the supplier's minimum");
            assertEquals(products.get(i).target(), choice.policies().get(i).serviceTarget(), 1e-12,
                    "room enough for every target");
        }
        var summary = choice.summary();
        assertEquals(0, summary.serviceLowered());
        assertTrue(summary.optimisedCost() > summary.unconstrainedCost(), "the limits cost something");
        assertTrue(summary.lowerBound() <= summary.optimisedCost() + 1e-6);
        assertTrue(summary.gap() < 0.01, "within 1 % of the relaxation's bound: " + summary.gap());
        List<String> full = new ArrayList<>();
        for (int u = 0; u < room.length; u++) {
            if (used[u] >= 0.995 * room[u]) {
                full.add(UNITS.get(u));
            }
        }
        if (used[3] >= 0.995 * budget) {
            full.add("budget");
        }
        assertTrue(!full.isEmpty());
        assertEquals(full, summary.binding(), "the limits reported full are those that are");
    }

    @Test
    void findsTheBestChoiceThatEnumerationFinds() {
        List<Product> products = products(4, 3);
        double[] free = use(products, cheapest(products));
        double[] room = {0.5 * free[0], 0.5 * free[1], 0.5 * free[2]};
        Choice choice = new LotOptimiser().optimise(products, limits(room, Double.POSITIVE_INFINITY)).orElseThrow();
        double best = enumerate(products, 0, new ArrayList<>(), room);
        assertEquals(best, choice.summary().optimisedCost(), 1e-6 * best);
    }

    @Test
    void serviceIsLoweredOnlyWhenTheSmallestLotsDoNotFit() {
        List<Product> products = products(20, 5);
        double[] least = new double[3];
        for (Product p : products) {
            if (p.unit() >= 0) {
                least[p.unit()] += LotOptions.of(p.item(), p.target(), p.kind()).stream()
                        .mapToDouble(o -> o.policy().peakStock() * p.item().terms().unitVolume()).min()
                        .orElseThrow();
            }
        }
        double[] room = {0.95 * least[0], 2 * least[1], 2 * least[2]};
        Choice choice = new LotOptimiser().optimise(products, limits(room, Double.POSITIVE_INFINITY)).orElseThrow();
        double[] used = use(products, choice.policies());
        assertTrue(used[0] <= room[0] * (1 + 1e-9));
        assertTrue(choice.summary().serviceLowered() > 0);
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).unit() != 0) {
                assertEquals(products.get(i).target(), choice.policies().get(i).serviceTarget(), 1e-12,
                        "only the full silo's products give up service");
            }
        }
    }

    @Test
    void anImpossibleLimitSaysWhichUnitAndByHowMuch() {
        List<Product> products = products(10, 2);
        Result<Choice> choice = new LotOptimiser().optimise(products, limits(new double[] {1, 1e9, 1e9}, 1e12));
        assertTrue(choice.failed());
        assertTrue(choice.message().contains("SILO-1 has room for 1 but its products need at least"),
                choice.message());
    }

    /** Products over three units, with packs, minimums and some shelf lives, seeded. */
    private static List<Product> products(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "P" + i;
            double mean = 2 + random.nextDouble() * 60;
            double pack = new double[] {1, 6, 12, 25}[random.nextInt(4)];
            double minimum = random.nextBoolean() ? 0 : pack * (1 + random.nextInt(20));
            SupplyTerms terms = new SupplyTerms(code, 2 + random.nextInt(14), random.nextDouble() * 2,
                    20 + random.nextDouble() * 100, minimum, pack, 0.5 + random.nextDouble(), UNITS.get(i % 3), 0.25);
            Integer shelfLife = random.nextInt(5) == 0 ? 20 + random.nextInt(60) : null;
            PlanningItem item = Items.item(code, mean, mean * (0.1 + random.nextDouble() * 0.6), terms,
                    1 + random.nextDouble() * 40, shelfLife, 0);
            PolicyKind kind = i % 2 == 0 ? PolicyKind.CONTINUOUS_REVIEW : PolicyKind.PERIODIC_REVIEW;
            products.add(new Product(item, new double[] {0.9, 0.95, 0.98}[random.nextInt(3)], kind, i % 3));
        }
        return products;
    }

    private static Limits limits(double[] room, double budget) {
        return new Limits(UNITS, room, budget);
    }

    private static List<StockPolicy> cheapest(List<Product> products) {
        return new LotOptimiser().optimise(products, limits(new double[] {1e12, 1e12, 1e12}, 1e15)).orElseThrow()
                .policies();
    }

    /** Space used in each unit, then the average stock value. */
    private static double[] use(List<Product> products, List<StockPolicy> policies) {
        double[] used = new double[4];
        for (int i = 0; i < products.size(); i++) {
            PlanningItem item = products.get(i).item();
            StockPolicy policy = policies.get(i);
            used[products.get(i).unit()] += item.terms().unitVolume() * policy.peakStock();
            used[3] += item.unitCost() * (policy.safetyStock() + policy.orderQuantity() / 2);
        }
        return used;
    }

    private static double shortOf(Product product, StockPolicy policy) {
        return LotOptions.of(product.item(), product.target(), product.kind()).stream()
                .filter(o -> o.policy().equals(policy)).findFirst().orElseThrow().shortPerYear();
    }

    /** The least cost over every combination of options that fits. */
    private static double enumerate(List<Product> products, int index, List<LotOption> picked, double[] room) {
        if (index == products.size()) {
            double[] used = new double[3];
            double cost = 0;
            for (int i = 0; i < picked.size(); i++) {
                PlanningItem item = products.get(i).item();
                used[products.get(i).unit()] += item.terms().unitVolume() * picked.get(i).policy().peakStock();
                cost += picked.get(i).policy().annualCost()
                        + picked.get(i).shortPerYear() * (item.price() - item.unitCost());
            }
            for (int u = 0; u < 3; u++) {
                if (used[u] > room[u]) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            return cost;
        }
        Product product = products.get(index);
        double best = Double.POSITIVE_INFINITY;
        for (LotOption option : LotOptions.of(product.item(), product.target(), product.kind())) {
            picked.add(option);
            best = Math.min(best, enumerate(products, index + 1, picked, room));
            picked.remove(picked.size() - 1);
        }
        return best;
    }
}
