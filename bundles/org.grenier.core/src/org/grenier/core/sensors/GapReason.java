package org.grenier.core.sensors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a device went unheard, as the acquisition writes it into a {@link ConnectionGap}: one English sentence per
 * kind, with its facts in the {@code %s} places. The store keeps the sentence; the workbench reads the kind and the
 * facts back ({@link #read}) to word them in the user's language.
 */
public enum GapReason {
    NO_DATA("no data for %s s"),
    NO_MODBUS_SLAVE("no Modbus slave answered"),
    HUNG_UP("the device on %s hung up"),
    CANNOT_OPEN("Cannot open serial port %s: %s"),
    CANNOT_READ("cannot read %s: %s"),
    CANNOT_WRITE("cannot write to %s: %s"),
    DRIVER_FAILED("the serial driver failed: %s");

    /** A reason read back: its kind and the facts it was written with. */
    public record Read(GapReason kind, List<String> facts) {
    }

    private final String template;
    private final Pattern pattern;

    GapReason(String template) {
        this.template = template;
        this.pattern = pattern(template);
    }

    /** The sentence with these facts, such as "no data for 30 s". */
    public String text(Object... facts) {
        return String.format(template, facts);
    }

    /** The kind and facts of a stored sentence; empty for one written otherwise (an older store, another driver). */
    public static Optional<Read> read(String reason) {
        for (GapReason kind : values()) {
            Matcher m = kind.pattern.matcher(reason == null ? "" : reason);
            if (m.matches()) {
                List<String> facts = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    facts.add(m.group(i));
                }
                return Optional.of(new Read(kind, List.copyOf(facts)));
            }
        }
        return Optional.empty();
    }

    /** The template's words taken literally; a port path never holds ": ", so the first fact stops at it. */
    private static Pattern pattern(String template) {
        String[] words = template.split("%s", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(words[0]));
        for (int i = 1; i < words.length; i++) {
            regex.append(i == words.length - 1 ? "(.*)" : "(.+?)").append(Pattern.quote(words[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
