package org.grenier.ui.sensors;

import org.grenier.core.Texts;

/** Why a device went unheard: filled from sensor_texts.properties in the language Grenier speaks. */
public final class SensorTexts {

    public static final String BUNDLE = "org.grenier.ui.sensors.sensor_texts";

    public static String Gap_NoData;
    public static String Gap_NoModbusSlave;
    public static String Gap_HungUp;
    public static String Gap_CannotOpen;
    public static String Gap_CannotRead;
    public static String Gap_CannotWrite;
    public static String Gap_DriverFailed;
    public static String Gap_PortBusy;
    public static String Gap_PortNotFound;
    public static String Gap_PermissionDenied;
    public static String Gap_PortAlreadyOpen;
    public static String Gap_PortClosed;
    public static String Gap_NotASerialPort;
    public static String Gap_CannotWatch;
    public static String Gap_SystemRefused;

    static {
        Texts.load(BUNDLE, SensorTexts.class);
    }

    private SensorTexts() {
    }
}
