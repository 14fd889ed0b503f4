package org.grenier.acquisition.internal;

import java.util.regex.Pattern;

/** Reads lines of field=value pairs such as {@code id=CF1;T=21.5;H=63} or {@code id=S2 T=12,5 CO2=640}. */
final class KeyValueProtocol implements LineProtocol {

    // A comma separates pairs only when a field name and '=' follow it; otherwise it is a decimal comma (12,5).
    private static final Pattern SEPARATOR = Pattern.compile("[;\\s]+|,(?=[^,;=\\s]*=)");

    private final String sensorField;

    KeyValueProtocol(String sensorField) {
        this.sensorField = sensorField;
    }

    @Override
    public Decoded decode(String line) {
        if (line == null || line.isBlank()) {
            return LineProtocols.EMPTY;
        }
        LineProtocols.Fields fields = new LineProtocols.Fields(sensorField, true);
        for (String token : SEPARATOR.split(line.strip())) {
            int equals = token.indexOf('=');
            if (token.isEmpty()) {
                continue; // a leading separator
            } else if (equals < 0) {
                return LineProtocols.refused("'" + token + "' is not of the form field=value");
            } else if (equals == 0) {
                return LineProtocols.refused("'" + token + "' has no field name");
            } else if (!fields.text(token.substring(0, equals), token.substring(equals + 1))) {
                break;
            }
        }
        return fields.result(LineProtocols.NO_NUMBER);
    }
}
