package org.grenier.ui.sensors;

import org.grenier.core.model.Measure;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.ui.Messages;

/** The words the Sensors views use for measures and session states, in the user's language. */
final class Labels {

    private Labels() {
    }

    static String measure(Measure measure) {
        return switch (measure) {
            case TEMPERATURE -> Messages.Measure_TEMPERATURE;
            case RELATIVE_HUMIDITY -> Messages.Measure_RELATIVE_HUMIDITY;
            case CO2 -> Messages.Measure_CO2;
            case GRAIN_MOISTURE -> Messages.Measure_GRAIN_MOISTURE;
        };
    }

    static String kind(org.grenier.core.sensors.AlertKind kind) {
        return switch (kind) {
            case TOO_HIGH -> Messages.AlertKind_TOO_HIGH;
            case TOO_LOW -> Messages.AlertKind_TOO_LOW;
            case CHANGING_FAST -> Messages.AlertKind_CHANGING_FAST;
            case SENSOR_STUCK -> Messages.AlertKind_SENSOR_STUCK;
            case SENSOR_SPIKE -> Messages.AlertKind_SENSOR_SPIKE;
            case SENSOR_SILENT -> Messages.AlertKind_SENSOR_SILENT;
            case STORAGE_RISK -> Messages.AlertKind_STORAGE_RISK;
        };
    }

    /** A long path shortened from the left: the device's own name is the end of it. */
    static String port(String path) {
        return path.length() <= 28 ? path : "\u2026" + path.substring(path.length() - 26);
    }

    static String state(SessionStatus.State state) {
        return switch (state) {
            case CONNECTING -> Messages.Sensors_StateCONNECTING;
            case RECEIVING -> Messages.Sensors_StateRECEIVING;
            case SILENT -> Messages.Sensors_StateSILENT;
            case RECONNECTING -> Messages.Sensors_StateRECONNECTING;
            case STOPPED -> Messages.Sensors_StateSTOPPED;
        };
    }
}
