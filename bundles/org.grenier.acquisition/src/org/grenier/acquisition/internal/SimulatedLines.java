package org.grenier.acquisition.internal;

import java.util.Locale;

import org.grenier.core.sensors.Protocol;

/** The text a simulated device sends, in each line protocol, matching the built-in device profiles. */
final class SimulatedLines {

    private SimulatedLines() {
    }

    /** The line a CSV logger sends first, and again after each restart. */
    static String csvHeader() {
        return "sensor,temperature,humidity,co2";
    }

    static String line(Protocol protocol, String sensor, double[] v) {
        return switch (protocol) {
            case KEY_VALUE -> String.format(Locale.ROOT, "id=%s;T=%.2f;H=%.1f;CO2=%.0f", sensor, v[0], v[1], v[2]);
            case CSV -> String.format(Locale.ROOT, "%s,%.2f,%.1f,%.0f", sensor, v[0], v[1], v[2]);
            case JSON -> String.format(Locale.ROOT, "{\"id\":\"%s\",\"t\":%.2f,\"rh\":%.1f,\"co2\":%.0f}", sensor,
                    v[0], v[1], v[2]);
            case NMEA -> nmea(String.format(Locale.ROOT, "WIXDR,C,%.2f,C,TEMP,H,%.1f,P,HUM", v[0], v[1]));
            case MODBUS_RTU -> throw new IllegalArgumentException("Modbus devices answer polls; they send no lines");
        };
    }

    /** A sentence with its checksum: the XOR of every character between '$' and '*'. */
    static String nmea(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum ^= body.charAt(i);
        }
        return String.format(Locale.ROOT, "$%s*%02X", body, sum);
    }
}
