package org.grenier.core.forecast;

import java.util.List;

/**
 * One reason to retrain a forecast, kept as facts so that each reader words it in their own language: its kind and
 * its numbers. {@link #text()} is the English wording, which the command line prints.
 *
 * @param values the numbers of the kind, in the order {@link Kind} lists them
 */
public record DriftReason(Kind kind, String text, List<Double> values) {

    /** Why a forecast is due for retraining, with the numbers each kind carries. */
    public enum Kind {
        /** Periods compared since training, their error (MASE), the ratio allowed, the backtest's error (MASE). */
        ERROR_GREW,
        /** Stability index, new periods, what chance alone reaches, the limit allowed above chance. */
        SALES_SHIFTED,
        /** The days after which a forecast is retrained. */
        TRAINED_LONG_AGO,
        /** Every period of the forecast has passed. */
        FORECAST_PASSED
    }

    public DriftReason {
        values = List.copyOf(values);
    }

    public DriftReason(Kind kind, String text, double... values) {
        this(kind, text, java.util.Arrays.stream(values).boxed().toList());
    }

    /** The {@code index}-th number of this kind. */
    public double value(int index) {
        return values.get(index);
    }

    @Override
    public String toString() {
        return text;
    }
}
