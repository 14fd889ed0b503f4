package org.grenier.optimize.internal.lots;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

/**
 * Picks one option per group at least cost under a few shared limits (a multiple-choice knapsack), with ojAlgo.
 * The whole integer programme of a thousand products took 18 s when measured; its linear relaxation takes about a
 * second and leaves at most one fractional group per limit. So the relaxation is solved, the groups it settles are
 * kept, and only the few fractional ones go to ojAlgo's branch and bound against what room is left. The relaxation's
 * cost is a lower bound: the answer's distance from it is the gap reported.
 */
final class RelaxAndFix {

    private static final double SETTLED = 1 - 1e-6;

    private final int[] groupStart;
    private final double[] cost;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> limits = new ArrayList<>();
    private double bound = Double.NaN;

    /** Group g owns options {@code groupStart[g]} to {@code groupStart[g + 1] - 1}. */
    RelaxAndFix(int[] groupStart, double[] cost) {
        this.groupStart = groupStart.clone();
        this.cost = cost.clone();
    }

    /** A limit on the sum of the chosen options' coefficients. */
    void limit(double[] coefficients, double most) {
        rows.add(coefficients);
        limits.add(most);
    }

    /** The lowest cost of the relaxation, a bound no choice can beat; NaN before solving. */
    double bound() {
        return bound;
    }

    /** The chosen option of each group, or null when no choice keeps within the limits. */
    int[] solve() {
        int groups = groupStart.length - 1;
        Optimisation.Result relaxed = model(allGroups(groups), rows, limits, false).minimise();
        if (!relaxed.getState().isFeasible()) {
            return null;
        }
        bound = relaxed.getValue();
        int[] chosen = new int[groups];
        List<Integer> fractional = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            chosen[g] = -1;
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                if (relaxed.doubleValue(j) >= SETTLED) {
                    chosen[g] = j;
                }
            }
            if (chosen[g] < 0) {
                fractional.add(g);
            }
        }
        if (fractional.isEmpty()) {
            return chosen;
        }
        int[] fixed = fix(chosen, fractional);
        return fixed != null ? fixed : wholeProgramme(groups);
    }

    /** Rarely the settled groups leave no room for the others: then the whole programme, for at most a minute. */
    private int[] wholeProgramme(int groups) {
        ExpressionsBasedModel model = model(allGroups(groups), rows, limits, true);
        model.options.time_abort = 60_000;
        Optimisation.Result integral = model.minimise();
        if (!integral.getState().isFeasible()) {
            return null;
        }
        int[] chosen = new int[groups];
        for (int g = 0; g < groups; g++) {
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                if (integral.doubleValue(j) > 0.5) {
                    chosen[g] = j;
                }
            }
        }
        return chosen;
    }

    /** Branch and bound over the fractional groups alone, within the room the settled ones leave. */
    private int[] fix(int[] chosen, List<Integer> fractional) {
        List<Double> room = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double used = 0;
            for (int j : chosen) {
                used += j < 0 ? 0 : rows.get(r)[j];
            }
            room.add(limits.get(r) - used);
        }
        Optimisation.Result integral = model(fractional, rows, room, true).minimise();
        if (!integral.getState().isFeasible()) {
            return null;
        }
        int index = 0;
        for (int g : fractional) {
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++, index++) {
                if (integral.doubleValue(index) > 0.5) {
                    chosen[g] = j;
                }
            }
        }
        return chosen;
    }

    /** The model over some groups' options, variables in option order; binary or relaxed to [0, 1]. */
    private ExpressionsBasedModel model(List<Integer> groups, List<double[]> coefficients, List<Double> most,
            boolean integral) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        // one worker: the planner's compute limits already own the machine's threads
        model.options.integer(IntegerStrategy.newConfigurable().withParallelism(() -> 1));
        List<Variable> variables = new ArrayList<>();
        List<Integer> options = new ArrayList<>();
        for (int g : groups) {
            Expression one = model.addExpression().level(1);
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                Variable x = model.addVariable().lower(0).upper(1).weight(cost[j]);
                if (integral) {
                    x.integer(true);
                }
                one.set(x, 1);
                variables.add(x);
                options.add(j);
            }
        }
        for (int r = 0; r < coefficients.size(); r++) {
            Expression limit = model.addExpression().upper(most.get(r));
            double[] row = coefficients.get(r);
            for (int v = 0; v < variables.size(); v++) {
                if (row[options.get(v)] != 0) {
                    limit.set(variables.get(v), row[options.get(v)]);
                }
            }
        }
        return model;
    }

    private static List<Integer> allGroups(int groups) {
        List<Integer> all = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            all.add(g);
        }
        return all;
    }
}
