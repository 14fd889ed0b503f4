package org.grenier.core.sensors;

/**
 * Why an alert was raised: a real excursion of the stored goods' conditions, a fault of the sensor itself, or the
 * quality risk judged from a unit's history.
 */
public enum AlertKind {
    TOO_HIGH(false), TOO_LOW(false), CHANGING_FAST(false), SENSOR_STUCK(true), SENSOR_SPIKE(true),
    SENSOR_SILENT(true),
    /** The stored goods' quality is at high risk (storage life running out, mould, cold-chain excursions). */
    STORAGE_RISK(false);

    private final boolean sensorFault;

    AlertKind(boolean sensorFault) {
        this.sensorFault = sensorFault;
    }

    /** True when the sensor, not the storage unit, needs a technician. */
    public boolean sensorFault() {
        return sensorFault;
    }
}
