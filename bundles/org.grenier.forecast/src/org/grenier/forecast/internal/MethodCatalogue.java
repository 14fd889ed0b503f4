package org.grenier.forecast.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grenier.forecast.internal.arima.AutoArima;
import org.grenier.forecast.internal.baseline.Baselines;
import org.grenier.forecast.internal.ets.AutoEts;
import org.grenier.forecast.internal.model.Combination;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.theta.ThetaMethod;

/** Every forecasting method by the name planners and scripts use for it. */
final class MethodCatalogue {

    private final Map<String, ForecastMethod> methods = new LinkedHashMap<>();

    MethodCatalogue() {
        ForecastMethod ets = new AutoEts();
        ForecastMethod theta = new ThetaMethod();
        ForecastMethod arima = new AutoArima();
        ForecastMethod combo = new Combination("combo", Combination.Rule.MEAN, List.of(ets, arima, theta));
        add(new AutomaticChoice(new Combination("median", Combination.Rule.MEDIAN, Combination.Bounds.ENVELOPE,
                List.of(ets, arima, theta))));
        add(ets);
        add(arima);
        add(theta);
        add(combo);
        for (Baselines baseline : Baselines.values()) {
            add(baseline);
        }
    }

    private void add(ForecastMethod method) {
        methods.put(method.methodName(), method);
    }

    List<String> names() {
        return List.copyOf(methods.keySet());
    }

    Optional<ForecastMethod> find(String name) {
        return Optional.ofNullable(methods.get(name));
    }
}
