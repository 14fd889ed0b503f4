package org.grenier.core.quality;

import java.util.Arrays;

/**
 * One thing to know or do about a storage unit, kept as facts so that each reader words it in their own language and
 * units: its kind and its numbers, in the store's units (°C, hours, shares from 0 to 1). {@link #text()} is the
 * English wording, which the command line prints and the quality alerts carry.
 *
 * @param values the numbers of the kind, in the order {@link Kind} lists them
 */
public record Advice(Kind kind, String text, double... values) {

    /** What the advice is about, with the numbers each kind carries. */
    public enum Kind {
        /** No reading in the last 30 days. */
        NO_READINGS,
        /** The latest reading is over a day old. */
        OUT_OF_DATE,
        /** No grain moisture sensor: the crop's usual moisture (%) is assumed. */
        ASSUMED_MOISTURE,
        /** The days of storage life left. */
        LIFE_NEARLY_USED,
        /** The share of the last week's hours at mould risk. */
        MOULD,
        /** The share of the last week's hours at condensation (95 % humidity or more). */
        CONDENSATION,
        /** Mean kinetic temperature (°C), hours outside, the low and high limits (°C), the budget (hours). */
        COLD_CHAIN,
        /** No weather forecast to judge aeration by. */
        NO_FORECAST,
        /** The forecast has no air cool and dry enough. */
        FANS_OFF,
        /** Hours of aeration and the number of windows (the unit's aeration windows tell when). */
        AERATE,
        /** Nothing to do. */
        FINE
    }

    public Advice {
        values = values.clone();
    }

    /** The {@code index}-th number of this kind. */
    public double value(int index) {
        return values[index];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Advice advice && kind == advice.kind && text.equals(advice.text)
                && Arrays.equals(values, advice.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + text.hashCode()) + Arrays.hashCode(values);
    }
}
