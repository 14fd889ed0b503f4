package org.grenier.core.sensors;

/** Why an alert was raised: a real excursion of the stored goods' conditions, or a fault of the sensor itself. */
public enum AlertKind {
    TOO_HIGH(false), TOO_LOW(false), CHANGING_FAST(false), SENSOR_STUCK(true), SENSOR_SPIKE(true),
    SENSOR_SILENT(true);

    private final boolean sensorFault;

    AlertKind(boolean sensorFault) {
        this.sensorFault = sensorFault;
    }

    /** True when the sensor, not the storage unit, needs a technician. */
    public boolean sensorFault() {
        return sensorFault;
    }
}
