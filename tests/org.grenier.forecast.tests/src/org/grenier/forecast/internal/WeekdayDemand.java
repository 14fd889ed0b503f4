package org.grenier.forecast.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.grenier.core.model.SalesObservation;
import org.grenier.core.store.Dataset;

/**
 * Test sales: one line a day from {@link #FIRST_DAY}, 24 on weekdays and 10 at weekends times a level, with
 * Poisson-like noise. The same seed draws the same noise for the same day whatever span is written, so a test can
 * store the training days first and the days after them later.
 */
public final class WeekdayDemand {

    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private WeekdayDemand() {
    }

    /** The lines of days {@code fromDay} to {@code fromDay + days - 1}, at {@code level} times the usual demand. */
    public static Dataset sales(String sku, long seed, int fromDay, int days, double level) {
        Random random = new Random(seed);
        List<SalesObservation> lines = new ArrayList<>();
        for (int day = 0; day < fromDay + days; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            double mean = 20 * (date.getDayOfWeek().getValue() >= 6 ? 0.5 : 1.2);
            double noise = random.nextGaussian() * Math.sqrt(mean);
            if (day >= fromDay) {
                lines.add(new SalesObservation(date.atTime(10, 0).toInstant(ZoneOffset.UTC), sku, null,
                        BigDecimal.valueOf(Math.max(0, Math.round(level * mean + noise))), null, null, null));
            }
        }
        return new Dataset(List.of(), List.of(), List.of(), List.of(), lines, List.of());
    }
}
