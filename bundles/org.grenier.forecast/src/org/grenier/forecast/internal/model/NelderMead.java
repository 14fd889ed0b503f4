package org.grenier.forecast.internal.model;

import java.util.function.ToDoubleFunction;

/**
 * Nelder-Mead simplex minimisation within box bounds (points are clamped into the box). Likelihoods of
 * smoothing models are flat in places and infinite outside their domain, which a simplex shrugs off and a
 * gradient line search does not: Smile's L-BFGS-B looped without end in its line search on such a surface, so
 * this is written here, as R's {@code ets()} and {@code optim()} also use Nelder-Mead for it.
 */
public final class NelderMead {

    private static final double REFLECT = 1, EXPAND = 2, CONTRACT = 0.5, SHRINK = 0.5;

    private final ToDoubleFunction<double[]> objective;
    private final double[] lower, upper;
    private final int maxEvaluations;
    private final double tolerance;
    private int evaluations;

    public NelderMead(ToDoubleFunction<double[]> objective, double[] lower, double[] upper, int maxEvaluations,
            double tolerance) {
        this.objective = objective;
        this.lower = lower;
        this.upper = upper;
        this.maxEvaluations = maxEvaluations;
        this.tolerance = tolerance;
    }

    /** The best point found from {@code start}, whose simplex edges are {@code step} of each coordinate's range. */
    public double[] minimise(double[] start, double step) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = clamp(start.clone());
        for (int i = 0; i < n; i++) {
            double[] vertex = simplex[0].clone();
            double range = Double.isFinite(upper[i] - lower[i]) && upper[i] - lower[i] < 1e5
                    ? upper[i] - lower[i] : Math.max(Math.abs(vertex[i]), 1);
            vertex[i] += vertex[i] + step * range <= upper[i] ? step * range : -step * range;
            simplex[i + 1] = clamp(vertex);
        }
        for (int i = 0; i <= n; i++) {
            values[i] = evaluate(simplex[i]);
        }
        while (evaluations < maxEvaluations) {
            sort(simplex, values);
            if (Math.abs(values[n] - values[0]) <= tolerance * (Math.abs(values[0]) + tolerance)) {
                break;
            }
            iterate(simplex, values);
        }
        sort(simplex, values);
        return simplex[0];
    }

    private void iterate(double[][] simplex, double[] values) {
        int n = simplex.length - 1;
        double[] centroid = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                centroid[j] += simplex[i][j] / n;
            }
        }
        double[] reflected = towards(centroid, simplex[n], -REFLECT);
        double reflectedValue = evaluate(reflected);
        if (reflectedValue < values[0]) {
            double[] expanded = towards(centroid, simplex[n], -EXPAND);
            double expandedValue = evaluate(expanded);
            replaceWorst(simplex, values, expandedValue < reflectedValue ? expanded : reflected,
                    Math.min(expandedValue, reflectedValue));
        } else if (reflectedValue < values[n - 1]) {
            replaceWorst(simplex, values, reflected, reflectedValue);
        } else {
            boolean outside = reflectedValue < values[n];
            double[] contracted = towards(centroid, outside ? reflected : simplex[n], CONTRACT);
            double contractedValue = evaluate(contracted);
            if (contractedValue < Math.min(reflectedValue, values[n])) {
                replaceWorst(simplex, values, contracted, contractedValue);
            } else {
                shrink(simplex, values);
            }
        }
    }

    /** centroid + factor * (point - centroid), clamped into the box. */
    private double[] towards(double[] centroid, double[] point, double factor) {
        double[] out = new double[centroid.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = centroid[j] + factor * (point[j] - centroid[j]);
        }
        return clamp(out);
    }

    private void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        simplex[simplex.length - 1] = point;
        values[values.length - 1] = value;
    }

    private void shrink(double[][] simplex, double[] values) {
        for (int i = 1; i < simplex.length; i++) {
            for (int j = 0; j < simplex[i].length; j++) {
                simplex[i][j] = simplex[0][j] + SHRINK * (simplex[i][j] - simplex[0][j]);
            }
            values[i] = evaluate(simplex[i]);
        }
    }

    private double evaluate(double[] point) {
        evaluations++;
        double value = objective.applyAsDouble(point);
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }

    private double[] clamp(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(Math.max(x[i], lower[i]), upper[i]);
        }
        return x;
    }

    private static void sort(double[][] simplex, double[] values) {
        for (int i = 1; i < values.length; i++) {
            double value = values[i];
            double[] vertex = simplex[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                simplex[j + 1] = simplex[j];
                j--;
            }
            values[j + 1] = value;
            simplex[j + 1] = vertex;
        }
    }
}
