package org.grenier.core.sensors;

import java.time.Duration;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.model.SensorReading;
import org.grenier.core.store.Store;

/**
 * Records sensors plugged into serial ports. Each port gets its own session thread that reads on events, a
 * watchdog that reopens a silent or vanished port, and a buffer whose readings are acknowledged once stored.
 * Provided as an OSGi service by the acquisition bundle.
 */
public interface Acquisition {

    /** Serial ports on this machine (USB adapters, on-board ports) and in the given extra folders. */
    List<PortInfo> ports();

    /** The built-in device profiles and the ones saved in the store, by name. */
    List<DeviceProfile> profiles(Store store);

    /** Starts recording the device on the port into the store; the session runs until {@link #stop}. */
    Result<SessionStatus> start(Store store, String port, DeviceProfile profile);

    /** Stops a port's session after writing every buffered reading. */
    Result<SessionStatus> stop(String port);

    /** Stops every session, writing every buffered reading. */
    void stopAll();

    List<SessionStatus> sessions();

    /** The time from a line's arrival to its commit that this share of readings (e.g. 0.99) stayed within. */
    Duration commitLatency(double share);

    /** Opens the port, reads what the device says for a while without storing it, and closes the port. */
    Result<List<SensorReading>> testRead(String port, DeviceProfile profile, Duration during);
}
