package org.grenier.acquisition.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.grenier.core.sensors.Protocol;

/** Makes the line protocol a device profile names, and holds what the text protocols share. */
final class LineProtocols {

    static final Decoded.Skipped EMPTY = new Decoded.Skipped("empty line");
    static final Decoded.Refused NO_NUMBER = refused("no numeric field in the line");

    // Double.parseDouble alone would also take "NaN", "Infinity", hex floats and "1d"; a sensor never means those.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private LineProtocols() {
    }

    /** A fresh protocol for one port session; Modbus RTU is polled frame by frame, never read as lines. */
    static LineProtocol create(Protocol protocol, String sensorField) {
        return switch (protocol) {
            case KEY_VALUE -> new KeyValueProtocol(sensorField);
            case CSV -> new CsvLineProtocol(sensorField);
            case JSON -> new JsonLineProtocol(sensorField);
            case NMEA -> new NmeaProtocol(sensorField);
            case MODBUS_RTU -> throw new IllegalArgumentException("Modbus RTU is polled, it does not send lines");
        };
    }

    /** The finite number the text writes, or null; a decimal comma counts only where the caller allows it. */
    static Double number(String text, boolean decimalComma) {
        String plain = decimalComma ? text.replace(',', '.') : text;
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? value : null;
    }

    /** The value of an ASCII hex digit, or -1; Character.digit would also take other scripts' digits. */
    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    static boolean isSensorField(String name, String sensorField) {
        return sensorField != null && !sensorField.isBlank() && name.equalsIgnoreCase(sensorField.strip());
    }

    static Decoded.Refused refused(String reason) {
        return new Decoded.Refused(reason, false);
    }

    /** Gathers one line's values; the first bad value refuses the whole line, so no half line is ever recorded. */
    static final class Fields {

        private final String sensorField;
        private final boolean decimalComma;
        private final Map<String, Double> values = new LinkedHashMap<>();
        private String sensorId;
        private Decoded.Refused refusal;

        Fields(String sensorField, boolean decimalComma) {
            this.sensorField = sensorField;
            this.decimalComma = decimalComma;
        }

        boolean isSensorField(String name) {
            return LineProtocols.isSensorField(name, sensorField);
        }

        /** Takes one field as written; false once the line is refused. */
        boolean text(String name, String text) {
            if (refusal != null) {
                return false;
            }
            if (isSensorField(name)) {
                sensorId = text.isEmpty() ? null : text;
            } else if (!text.isEmpty()) { // an empty value is a reading the device did not have, not an error
                Double value = number(text, decimalComma);
                if (value == null) {
                    refusal = refused("field '" + name + "' value '" + text + "' is not a number");
                } else if (values.putIfAbsent(name, value) != null) {
                    refusal = refused("field '" + name + "' appears twice");
                }
            }
            return refusal == null;
        }

        Decoded result(Decoded whenNoValue) {
            if (refusal != null) {
                return refusal;
            }
            return values.isEmpty() ? whenNoValue : new Decoded.Values(sensorId, Collections.unmodifiableMap(values));
        }
    }
}
