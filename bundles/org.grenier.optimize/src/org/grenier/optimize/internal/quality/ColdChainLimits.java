package org.grenier.optimize.internal.quality;

import java.util.List;

/**
 * The temperature range a cold room must hold (°C) and the hours outside it tolerated over the assessed month (the
 * excursion budget). Without a unit's own alert limits, 2-8 °C, the refrigerated range of medicines that chilled
 * food also keeps within, and a day's budget.
 */
record ColdChainLimits(double low, double high, double budgetHours) {

    static final ColdChainLimits PHARMACY = new ColdChainLimits(2, 8, 24);

    double hoursOutside(List<ConditionHistory.Step> steps) {
        return steps.stream().filter(s -> s.value() < low || s.value() > high)
                .mapToDouble(ConditionHistory.Step::hours).sum();
    }
}
