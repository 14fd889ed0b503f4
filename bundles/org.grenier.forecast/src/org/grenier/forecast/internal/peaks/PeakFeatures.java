package org.grenier.forecast.internal.peaks;

import org.grenier.core.forecast.HourlyOrders;

import smile.data.DataFrame;
import smile.data.vector.ValueVector;

/** The rows the peak classifier learns from: what is known of an hour before it starts, and whether it peaked. */
final class PeakFeatures {

    static final int DAY = 24;
    static final int WEEK = 7 * DAY;
    static final String PEAK = "peak";

    private PeakFeatures() {
    }

    /** Rows for hours {@code from} (at least a week in) to {@code to}, excluded. */
    static DataFrame rows(HourlyOrders history, int from, int to, double threshold) {
        int n = to - from;
        double[] hour = new double[n];
        double[] weekday = new double[n];
        double[] temperature = new double[n];
        double[] dayBefore = new double[n];
        double[] weekBefore = new double[n];
        int[] peak = new int[n];
        for (int i = 0; i < n; i++) {
            int t = from + i;
            hour[i] = history.hours().get(t).getHour();
            weekday[i] = history.hours().get(t).getDayOfWeek().getValue();
            temperature[i] = history.temperature(t);
            dayBefore[i] = history.orders(t - DAY);
            weekBefore[i] = history.orders(t - WEEK);
            peak[i] = history.orders(t) >= threshold ? 1 : 0;
        }
        return new DataFrame(ValueVector.of("hour", hour), ValueVector.of("weekday", weekday),
                ValueVector.of("temperature", temperature), ValueVector.of("lag_24h", dayBefore),
                ValueVector.of("lag_168h", weekBefore), ValueVector.of(PEAK, peak));
    }
}
