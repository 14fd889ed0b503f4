package org.grenier.ui;

import java.util.Locale;

/** Numbers as the workbench writes them: in the user's locale (a decimal comma in French), grouped in thousands. */
public final class Numbers {

    private Numbers() {
    }

    /** The locale numbers and dates are written in. */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** A number with this many decimals, grouped in thousands; "-" when unknown, "∞" when unbounded. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Double.isInfinite(value)) {
            return "∞";
        }
        return String.format(locale(), "%,." + decimals + "f", value);
    }
}
