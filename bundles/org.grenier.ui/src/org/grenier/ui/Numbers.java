package org.grenier.ui;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers and dates as the workbench writes them: in the user's locale (a decimal comma in French), numbers grouped in
 * thousands, times in this computer's zone. Formatters are made at each use, so they follow a change of language.
 */
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

    /**
     * A message that counts things: its counts are written in the locale and choose their words ("1 product",
     * "2 products"; "0 produit", "2 produits") through {@code choice} formats in the message itself, so each language
     * keeps its own rule. The counts are passed as numbers, the other arguments as the text to show.
     */
    public static String phrase(String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    /** Dates with times, in the user's locale and this computer's zone. */
    public static DateTimeFormatter dateTime(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDateTime(style).withLocale(locale()).withZone(ZoneId.systemDefault());
    }

    /** Times of day, in the user's locale and this computer's zone. */
    public static DateTimeFormatter time(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedTime(style).withLocale(locale()).withZone(ZoneId.systemDefault());
    }
}
