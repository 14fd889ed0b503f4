package org.grenier.core.forecast;

import java.util.Objects;

/** The history of one series to forecast (a SKU's sales per period, say), oldest value first. */
public record DemandSeries(String name, double[] values, Frequency frequency) {

    public DemandSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frequency, "frequency");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }
}
