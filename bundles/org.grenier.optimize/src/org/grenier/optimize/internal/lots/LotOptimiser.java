package org.grenier.optimize.internal.lots;

import java.util.ArrayList;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.planning.OrderOptimisation;
import org.grenier.core.planning.OrderOptimisation.LimitUse;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.StockPolicy;
import org.grenier.optimize.internal.policy.LotOptions;
import org.grenier.optimize.internal.policy.LotOptions.LotOption;

/**
 * Chooses every product's lot size at least yearly cost (ordering, holding, lost margin) so that the stock expected
 * after deliveries fits each storage unit and the average stock value keeps within the budget. When even the
 * smallest lots cannot hold the service targets, service is given up where it costs least in sales, a few points at
 * a time.
 */
public final class LotOptimiser {

    /** Service points given up, in turn, when the targets do not fit; never below half the cycles served. */
    private static final double[] STEPS_DOWN = {0.02, 0.05, 0.10, 0.20};
    private static final double FLOOR = 0.5;

    /**
     * A point of service given up weighs this many times the product's yearly sales at its price: far above any
     * holding or ordering cost, so service goes only where space or money forces it, and first where sales are least.
     */
    private static final double GIVEN_UP_WEIGHT = 100;

    /** A product to choose for: its service target and policy kind, and its storage unit's index (-1 if none). */
    public record Product(PlanningItem item, double target, PolicyKind kind, int unit) {
    }

    /** The room each storage unit has for the planned products, and the most their average stock may be worth. */
    public record Limits(List<String> units, double[] room, double budget) {
    }

    /** The chosen policies, in product order, and what choosing them did. */
    public record Choice(List<StockPolicy> policies, OrderOptimisation summary) {
    }

    public Result<Choice> optimise(List<Product> products, Limits limits) {
        long start = System.nanoTime();
        Flat atTarget = Flat.of(products, limits, false);
        int[] cheapest = atTarget.cheapest();
        double unconstrained = atTarget.cost(cheapest);
        if (atTarget.withinLimits(cheapest)) {
            return Result.ok(atTarget.choice(cheapest, unconstrained, unconstrained, start));
        }
        RelaxAndFix solver = atTarget.solver();
        int[] chosen = solver.solve();
        if (chosen != null) {
            return Result.ok(atTarget.choice(chosen, unconstrained, solver.bound(), start));
        }
        Flat lowered = Flat.of(products, limits, true);
        RelaxAndFix fallback = lowered.solver();
        chosen = fallback.solve();
        if (chosen == null) {
            return Result.error(lowered.shortfall().english());
        }
        return Result.ok(lowered.choice(chosen, unconstrained, Double.NaN, start));
    }

    /** Which limits even the smallest lots at the lowest service levels cannot keep, and by how much. */
    public PlanNote.NoPlanFits shortfall(List<Product> products, Limits limits) {
        return Flat.of(products, limits, true).shortfall();
    }

    /** Every product's options laid end to end, with their cost, space and value. */
    private static final class Flat {
        private final List<Product> products;
        private final Limits limits;
        private final int[] groupStart;
        private final List<LotOption> options = new ArrayList<>();
        private final List<Double> objective = new ArrayList<>();
        private final List<Integer> groupOf = new ArrayList<>();

        private Flat(List<Product> products, Limits limits) {
            this.products = products;
            this.limits = limits;
            this.groupStart = new int[products.size() + 1];
        }

        static Flat of(List<Product> products, Limits limits, boolean lowerService) {
            Flat flat = new Flat(products, limits);
            for (int g = 0; g < products.size(); g++) {
                flat.groupStart[g] = flat.options.size();
                flat.add(products.get(g), lowerService);
                while (flat.groupOf.size() < flat.options.size()) {
                    flat.groupOf.add(g);
                }
            }
            flat.groupStart[products.size()] = flat.options.size();
            return flat;
        }

        private void add(Product product, boolean lowerService) {
            PlanningItem item = product.item();
            List<LotOption> all = new ArrayList<>(LotOptions.of(item, product.target(), product.kind()));
            if (lowerService && product.kind() != PolicyKind.NEWSVENDOR) {
                for (double step : STEPS_DOWN) {
                    if (product.target() - step >= FLOOR) {
                        all.addAll(LotOptions.of(item, product.target() - step, product.kind()));
                    }
                }
            }
            double margin = Math.max(0, item.price() - item.unitCost());
            double yearlySales = item.price() * item.demand().meanDaily() * 365;
            for (LotOption option : all) {
                // a newsvendor's level is its critical ratio, never lowered
                double givenUp = product.kind() == PolicyKind.NEWSVENDOR ? 0
                        : Math.max(0, product.target() - option.policy().serviceTarget());
                options.add(option);
                objective.add(cost(option, margin) + GIVEN_UP_WEIGHT * yearlySales * givenUp);
            }
        }

        private static double cost(LotOption option, double margin) {
            return option.policy().annualCost() + option.shortPerYear() * margin;
        }

        double space(int j) {
            Product product = products.get(group(j));
            return product.unit() < 0 ? 0 : product.item().terms().unitVolume() * options.get(j).policy().peakStock();
        }

        double value(int j) {
            StockPolicy policy = options.get(j).policy();
            return products.get(group(j)).item().unitCost() * (policy.safetyStock() + policy.orderQuantity() / 2);
        }

        int group(int j) {
            return groupOf.get(j);
        }

        int[] cheapest() {
            int[] chosen = new int[products.size()];
            for (int g = 0; g < chosen.length; g++) {
                chosen[g] = groupStart[g];
                for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                    if (objective.get(j) < objective.get(chosen[g])) {
                        chosen[g] = j;
                    }
                }
            }
            return chosen;
        }

        double cost(int[] chosen) {
            double total = 0;
            for (int g = 0; g < chosen.length; g++) {
                Product product = products.get(g);
                total += cost(options.get(chosen[g]),
                        Math.max(0, product.item().price() - product.item().unitCost()));
            }
            return total;
        }

        double[] used(int[] chosen) {
            double[] used = new double[limits.units().size() + 1];
            for (int j : chosen) {
                int unit = products.get(group(j)).unit();
                if (unit >= 0) {
                    used[unit] += space(j);
                }
                used[used.length - 1] += value(j);
            }
            return used;
        }

        boolean withinLimits(int[] chosen) {
            double[] used = used(chosen);
            for (int u = 0; u < limits.room().length; u++) {
                if (used[u] > limits.room()[u]) {
                    return false;
                }
            }
            return used[used.length - 1] <= limits.budget();
        }

        RelaxAndFix solver() {
            double[] cost = objective.stream().mapToDouble(Double::doubleValue).toArray();
            RelaxAndFix solver = new RelaxAndFix(groupStart, cost);
            for (int u = 0; u < limits.room().length; u++) {
                double[] row = new double[options.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = products.get(group(j)).unit() == u ? space(j) : 0;
                }
                solver.limit(row, limits.room()[u]);
            }
            if (Double.isFinite(limits.budget())) {
                double[] row = new double[options.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = value(j);
                }
                solver.limit(row, limits.budget());
            }
            return solver;
        }

        Choice choice(int[] chosen, double unconstrained, double bound, long start) {
            List<StockPolicy> policies = new ArrayList<>(chosen.length);
            int lowered = 0;
            for (int g = 0; g < chosen.length; g++) {
                StockPolicy policy = options.get(chosen[g]).policy();
                policies.add(policy);
                if (policy.serviceTarget() < products.get(g).target() - 1e-9
                        && products.get(g).kind() != PolicyKind.NEWSVENDOR) {
                    lowered++;
                }
            }
            double[] used = used(chosen);
            List<LimitUse> uses = new ArrayList<>();
            for (int u = 0; u < limits.room().length; u++) {
                uses.add(new LimitUse(limits.units().get(u), used[u], limits.room()[u]));
            }
            uses.add(new LimitUse(OrderOptimisation.BUDGET, used[used.length - 1], limits.budget()));
            double cost = cost(chosen);
            return new Choice(policies, new OrderOptimisation(unconstrained, cost,
                    Double.isNaN(bound) ? cost : Math.min(bound, cost), lowered, uses, System.nanoTime() - start));
        }

        /** Which limit even the smallest lots at the lowest service levels cannot keep, and by how much. */
        PlanNote.NoPlanFits shortfall() {
            int groups = products.size();
            double[] least = new double[limits.room().length + 1];
            for (int g = 0; g < groups; g++) {
                double space = Double.POSITIVE_INFINITY;
                double value = Double.POSITIVE_INFINITY;
                for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                    space = Math.min(space, space(j));
                    value = Math.min(value, value(j));
                }
                int unit = products.get(g).unit();
                if (unit >= 0) {
                    least[unit] += space;
                }
                least[least.length - 1] += value;
            }
            List<LimitUse> over = new ArrayList<>();
            for (int u = 0; u < limits.room().length; u++) {
                if (least[u] > limits.room()[u]) {
                    over.add(new LimitUse(limits.units().get(u), least[u], limits.room()[u]));
                }
            }
            if (least[least.length - 1] > limits.budget()) {
                over.add(new LimitUse(OrderOptimisation.BUDGET, least[least.length - 1], limits.budget()));
            }
            return new PlanNote.NoPlanFits(over);
        }
    }
}
