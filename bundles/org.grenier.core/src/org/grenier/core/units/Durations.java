package org.grenier.core.units;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations users type on the command line and in settings: {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}. */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    public static Duration parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write a whole number and a unit, "
                    + "as in 90s, 15m, 2h or 1d");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** The shortest exact spelling of a duration in the same form, e.g. {@code 90s} or {@code 2h}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        long[] sizes = { 86_400_000L, 3_600_000L, 60_000L, 1_000L };
        String[] units = { "d", "h", "m", "s" };
        for (int i = 0; i < sizes.length; i++) {
            if (millis != 0 && millis % sizes[i] == 0) {
                return millis / sizes[i] + units[i];
            }
        }
        return millis + "ms";
    }
}
