package org.grenier.core.patterns;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.grenier.core.forecast.Frequency;

/**
 * How to look for patterns in a store's sales: the period to sum sales by (cut in {@code zone}); the popular products
 * are the {@code topProducts} expected to sell most in each delivery zone in each of the next {@code horizon}
 * periods, forecast with {@code method}.
 */
public record PatternPlan(Frequency frequency, ZoneId zone, int horizon, int topProducts, String method) {

    /** The periods sales are summed by for patterns: the store keeps days, and a year has no season of its own. */
    public static final Set<Frequency> SEASONAL = EnumSet.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
            Frequency.QUARTERLY);

    public PatternPlan {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(zone, "time zone");
        Objects.requireNonNull(method, "method");
        if (!SEASONAL.contains(frequency)) {
            throw new IllegalArgumentException("patterns are found in daily, weekly, monthly or quarterly sales, not "
                    + frequency.label());
        }
        if (horizon < 1 || topProducts < 1) {
            throw new IllegalArgumentException("the horizon and the number of top products must be at least 1, not "
                    + horizon + " and " + topProducts);
        }
    }

    /** Monthly patterns, and the five products expected to sell most next month in each zone. */
    public static PatternPlan monthly(ZoneId zone) {
        return new PatternPlan(Frequency.MONTHLY, zone, 1, 5, "ets");
    }
}
