package org.grenier.forecast.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grenier.forecast.internal.arima.AutoArima;
import org.grenier.forecast.internal.baseline.Baselines;
import org.grenier.forecast.internal.ets.AutoEts;
import org.grenier.forecast.internal.global.BlendedChoice;
import org.grenier.forecast.internal.global.GlobalBoosting;
import org.grenier.forecast.internal.global.GlobalNetwork;
import org.grenier.forecast.internal.intermittent.IntermittentDemand;
import org.grenier.forecast.internal.model.BatchForecaster;
import org.grenier.forecast.internal.model.Combination;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.theta.ThetaMethod;

/**
 * Every forecasting method by the name planners and scripts use for it: those that fit one series at a time, and
 * those that learn across a batch of series ({@code auto}, {@code gbm}).
 */
final class MethodCatalogue {

    private final Map<String, BatchForecaster> batch = new LinkedHashMap<>();
    private final Map<String, ForecastMethod> single = new LinkedHashMap<>();
    /** The names in the order planners read them: the automatic choice first, the niche methods last. */
    private final List<String> order = new ArrayList<>();

    MethodCatalogue() {
        ForecastMethod ets = new AutoEts();
        ForecastMethod theta = new ThetaMethod();
        ForecastMethod arima = new AutoArima();
        // the median's intervals span the three models' (their envelope): the median of their bounds covered too little
        ForecastMethod median = new Combination("median", Combination.Rule.MEDIAN, Combination.Bounds.ENVELOPE,
                List.of(ets, arima, theta));
        GlobalBoosting trees = new GlobalBoosting();
        add(new BlendedChoice(median, trees));
        add(trees);
        add(median);
        add(ets);
        add(arima);
        add(theta);
        add(new Combination("combo", Combination.Rule.MEAN, List.of(ets, arima, theta)));
        add(new GlobalNetwork());
        for (Baselines baseline : Baselines.values()) {
            add(baseline);
        }
        for (IntermittentDemand method : IntermittentDemand.values()) {
            add(method);
        }
    }

    private void add(ForecastMethod method) {
        single.put(method.methodName(), method);
        order.add(method.methodName());
    }

    private void add(BatchForecaster method) {
        batch.put(method.methodName(), method);
        order.add(method.methodName());
    }

    List<String> names() {
        return List.copyOf(order);
    }

    boolean knows(String name) {
        return batch.containsKey(name) || single.containsKey(name);
    }

    /** A method that fits one series at a time. */
    Optional<ForecastMethod> find(String name) {
        return Optional.ofNullable(single.get(name));
    }

    /** A method that learns across a batch of series. */
    Optional<BatchForecaster> batch(String name) {
        return Optional.ofNullable(batch.get(name));
    }
}
