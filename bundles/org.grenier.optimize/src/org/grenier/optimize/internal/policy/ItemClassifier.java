package org.grenier.optimize.internal.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.ServiceTargets;

/**
 * ABC by yearly value of demand (80 % / 15 % / 5 %) and XYZ by the coefficient of variation of weekly demand (0.5 and
 * 1.0), the thresholds most planning handbooks use, and the service level the planner gives each pair.
 */
final class ItemClassifier {

    List<ItemClass> classify(List<PlanningItem> items, ServiceTargets targets) {
        Map<String, Character> abc = abc(items);
        List<ItemClass> classes = new ArrayList<>(items.size());
        for (PlanningItem item : items) {
            double variation = weeklyVariation(item);
            char xyz = variation <= 0.5 ? 'X' : variation <= 1.0 ? 'Y' : 'Z';
            char a = abc.get(item.code());
            classes.add(new ItemClass(item.code(), a, xyz, annualValue(item), variation,
                    targets.target(a, xyz)));
        }
        return classes;
    }

    private static Map<String, Character> abc(List<PlanningItem> items) {
        List<PlanningItem> byValue = new ArrayList<>(items);
        byValue.sort(Comparator.comparingDouble(ItemClassifier::annualValue).reversed()
                .thenComparing(PlanningItem::code));
        double total = byValue.stream().mapToDouble(ItemClassifier::annualValue).sum();
        Map<String, Character> classes = new HashMap<>();
        double before = 0;
        for (PlanningItem item : byValue) {
            double shareBefore = total > 0 ? before / total : 1;
            classes.put(item.code(), shareBefore < 0.80 ? 'A' : shareBefore < 0.95 ? 'B' : 'C');
            before += annualValue(item);
        }
        return classes;
    }

    static double annualValue(PlanningItem item) {
        return item.demand().meanDaily() * 365 * item.unitCost();
    }

    /** Weekly demand's spread over its mean; days taken as independent. Unbounded when nothing is expected. */
    static double weeklyVariation(PlanningItem item) {
        double mean = item.demand().meanDaily();
        return mean <= 0 ? Double.POSITIVE_INFINITY : item.demand().sdDaily() / (mean * Math.sqrt(7));
    }
}
