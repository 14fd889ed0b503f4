package org.grenier.acquisition.internal;

/**
 * Reads checked NMEA-0183 sentences: the named values of XDR transducer groups, the air temperature of MTA and the
 * relative humidity of MHU. The talker id names a kind of instrument, not a sensor, so values carry no sensor id.
 */
final class NmeaProtocol implements LineProtocol {

    // NMEA leaves a field empty when the instrument has no reading; that is silence, not a fault.
    private static final Decoded.Skipped NO_VALUE = new Decoded.Skipped("no value in the sentence");

    private final String sensorField;

    NmeaProtocol(String sensorField) {
        this.sensorField = sensorField;
    }

    @Override
    public Decoded decode(String line) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty()) {
            return LineProtocols.EMPTY;
        } else if (text.charAt(0) != '$' && text.charAt(0) != '!') {
            return LineProtocols.refused("not an NMEA sentence: it does not start with '$' or '!'");
        }
        int star = text.lastIndexOf('*');
        if (star < 0) {
            return new Decoded.Refused("no checksum", true);
        }
        String body = text.substring(1, star);
        Decoded.Refused corrupt = checkSum(body, text.substring(star + 1));
        return corrupt != null ? corrupt : sentence(body.split(",", -1));
    }

    /** The refusal of a sentence whose checksum does not match, or null when it matches. */
    private static Decoded.Refused checkSum(String body, String written) {
        int expected = 0;
        for (int i = 0; i < body.length(); i++) {
            expected ^= body.charAt(i);
        }
        int high = written.length() == 2 ? LineProtocols.hex(written.charAt(0)) : -1;
        int low = written.length() == 2 ? LineProtocols.hex(written.charAt(1)) : -1;
        if (high < 0 || low < 0) {
            return new Decoded.Refused("checksum '" + written + "' is not two hex digits", true);
        }
        if (high * 16 + low == expected) {
            return null;
        }
        String message = "checksum " + written.toUpperCase() + " expected " + String.format("%02X", expected);
        return new Decoded.Refused(message, true);
    }

    private Decoded sentence(String[] fields) {
        String address = fields[0];
        String type = address.length() == 5 ? address.substring(2) : "";
        return switch (type) {
            case "XDR" -> transducers(fields);
            case "MTA", "MHU" -> single(type, fields);
            default -> new Decoded.Skipped("sentence '" + address + "' is not read");
        };
    }

    private Decoded transducers(String[] fields) {
        if ((fields.length - 1) % 4 != 0) {
            return LineProtocols.refused("XDR fields come in groups of four, found " + (fields.length - 1));
        }
        LineProtocols.Fields values = new LineProtocols.Fields(null, false);
        for (int group = 0; group * 4 + 4 < fields.length; group++) {
            String value = fields[group * 4 + 2];
            String name = fields[group * 4 + 4];
            if (value.isEmpty() || LineProtocols.isSensorField(name, sensorField)) {
                continue;
            } else if (name.isEmpty()) {
                return LineProtocols.refused("XDR group " + (group + 1) + " has no name");
            } else if (!values.text(name, value)) {
                break;
            }
        }
        return values.result(NO_VALUE);
    }

    // MTA and MHU carry one value in their first field; the sentence type names it.
    private static Decoded single(String type, String[] fields) {
        LineProtocols.Fields values = new LineProtocols.Fields(null, false);
        if (fields.length > 1) {
            values.text(type, fields[1]);
        }
        return values.result(NO_VALUE);
    }
}
