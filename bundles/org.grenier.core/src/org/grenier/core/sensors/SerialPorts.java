package org.grenier.core.sensors;

import java.util.List;
import java.util.function.Consumer;

import org.grenier.core.Result;

/** Lists and opens the serial ports sensors are plugged into. Provided as an OSGi service by a driver bundle. */
public interface SerialPorts {

    List<String> available();

    /** Opens a port; each complete text line received goes to {@code lines}, on the driver's own thread. */
    Result<SerialLine> open(String port, int baudRate, Consumer<String> lines);
}
