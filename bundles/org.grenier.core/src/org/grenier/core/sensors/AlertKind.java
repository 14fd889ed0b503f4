package org.grenier.core.sensors;

/**
 * Why an alert was raised: a real excursion of the stored goods' conditions, a fault of the sensor itself, or the
 * quality risk judged from a unit's history.
 */
public enum AlertKind {
    /** The value read; facts: the limit. */
    TOO_HIGH(false),
    /** The value read; facts: the limit. */
    TOO_LOW(false),
    /** The value read; facts: the change (negative when falling), over how many minutes, the limit per hour. */
    CHANGING_FAST(false),
    /** The value read again and again; facts: for how many minutes. */
    SENSOR_STUCK(true),
    /** The first odd value; facts: how many readings in a row, the usual value just before. */
    SENSOR_SPIKE(true),
    /** The minutes without a reading, up to the alert; no facts. */
    SENSOR_SILENT(true),
    /**
     * The stored goods' quality is at high risk (storage life running out, mould, cold-chain excursions). The value is
     * the risk score out of 100; no facts.
     */
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
