package org.grenier.optimize.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.grenier.core.Result;
import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanningItem;
import org.grenier.optimize.internal.lots.LotOptimiser;
import org.grenier.optimize.internal.lots.LotOptimiser.Choice;
import org.grenier.optimize.internal.lots.LotOptimiser.Limits;
import org.grenier.optimize.internal.lots.LotOptimiser.Product;

/**
 * Fits the planned products' lots into their storage units, less the room that stock of products not planned
 * already takes, and within the budget.
 */
final class Fitting {

    private Fitting() {
    }

    static Result<Choice> fit(List<PlanningItem> items, List<ItemClass> classes, Map<String, Double> capacities,
            Map<String, Double> occupied, double budget) {
        Problem problem = problem(items, classes, capacities, occupied, budget);
        return new LotOptimiser().optimise(problem.products(), problem.limits());
    }

    /** When nothing fits: which limits even the smallest lots at the lowest service levels cannot keep. */
    static PlanNote.NoPlanFits shortfall(List<PlanningItem> items, List<ItemClass> classes,
            Map<String, Double> capacities, Map<String, Double> occupied, double budget) {
        Problem problem = problem(items, classes, capacities, occupied, budget);
        return new LotOptimiser().shortfall(problem.products(), problem.limits());
    }

    private record Problem(List<Product> products, Limits limits) {
    }

    private static Problem problem(List<PlanningItem> items, List<ItemClass> classes, Map<String, Double> capacities,
            Map<String, Double> occupied, double budget) {
        Map<String, Integer> index = new TreeMap<>();
        List<String> units = new ArrayList<>(new TreeMap<>(capacities).keySet());
        double[] room = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            index.put(units.get(u), u);
            room[u] = capacities.get(units.get(u)) - occupied.getOrDefault(units.get(u), 0.0);
        }
        List<Product> products = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PlanningItem item = items.get(i);
            String unit = item.terms().storageUnit();
            products.add(new Product(item, classes.get(i).serviceTarget(), Designs.kind(item, classes.get(i)),
                    unit == null ? -1 : index.getOrDefault(unit, -1)));
        }
        return new Problem(products, new Limits(units, room, budget));
    }
}
