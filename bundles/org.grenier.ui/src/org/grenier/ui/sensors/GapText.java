package org.grenier.ui.sensors;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.sensors.GapReason;

/**
 * Why a device went unheard, in the user's language, from the kind and facts of the acquisition's sentence. A
 * sentence of another kind (an older store's) is shown as written.
 */
public final class GapText {

    private GapText() {
    }

    public static String reason(String written) {
        return GapReason.read(written).map(GapText::worded).orElse(written);
    }

    private static String worded(GapReason.Read read) {
        List<String> f = read.facts();
        return switch (read.kind()) {
            case NO_DATA -> NLS.bind(SensorTexts.Gap_NoData, f.get(0));
            case NO_MODBUS_SLAVE -> SensorTexts.Gap_NoModbusSlave;
            case HUNG_UP -> NLS.bind(SensorTexts.Gap_HungUp, f.get(0));
            case CANNOT_OPEN -> NLS.bind(SensorTexts.Gap_CannotOpen, f.get(0), driver(f.get(1)));
            case CANNOT_READ -> NLS.bind(SensorTexts.Gap_CannotRead, f.get(0), driver(f.get(1)));
            case CANNOT_WRITE -> NLS.bind(SensorTexts.Gap_CannotWrite, f.get(0), driver(f.get(1)));
            case DRIVER_FAILED -> NLS.bind(SensorTexts.Gap_DriverFailed, f.get(0));
        };
    }

    /**
     * The serial driver's words for its failures (every exception type jssc 2.10 has), as a technician would act on
     * them. The system's own message after "Native exception occurred: " is kept as the system wrote it.
     */
    private static String driver(String words) {
        if (words.startsWith(NATIVE)) {
            return NLS.bind(SensorTexts.Gap_SystemRefused, words.substring(NATIVE.length()));
        }
        return switch (words) {
            case "Port busy" -> SensorTexts.Gap_PortBusy;
            case "Port not found" -> SensorTexts.Gap_PortNotFound;
            case "Permission denied" -> SensorTexts.Gap_PermissionDenied;
            case "Port already opened" -> SensorTexts.Gap_PortAlreadyOpen;
            case "Port not opened" -> SensorTexts.Gap_PortClosed;
            case "Incorrect serial port" -> SensorTexts.Gap_NotASerialPort;
            case "Can't set mask", "Event listener already added", "Can't remove event listener",
                    "Event listener thread interrupted" -> SensorTexts.Gap_CannotWatch;
            default -> words;
        };
    }

    private static final String NATIVE = "Native exception occurred: ";
}
