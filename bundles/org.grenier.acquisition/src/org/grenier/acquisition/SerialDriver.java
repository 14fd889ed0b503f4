package org.grenier.acquisition;

import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.sensors.PortInfo;
import org.grenier.core.sensors.SerialSettings;

/**
 * What the acquisition needs from a serial driver: the ports there are, and a port opened with its settings that
 * delivers bytes on events. Provided as an OSGi service by a driver bundle, so no driver type reaches acquisition.
 */
public interface SerialDriver {

    /** USB adapters and on-board ports found on this machine, by path. */
    List<PortInfo> discover();

    /**
     * Opens and configures a port. Received bytes and failures go to the listener on the driver's own thread, which
     * must hand them on quickly.
     */
    Result<PortLink> open(String path, SerialSettings settings, PortListener listener);
}
