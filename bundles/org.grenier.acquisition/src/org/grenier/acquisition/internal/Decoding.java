package org.grenier.acquisition.internal;

import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.grenier.core.sensors.DeviceProfile;

/** How a session turns the bytes of its port into values: lines for devices that talk, polls for Modbus slaves. */
abstract class Decoding {

    static Decoding of(DeviceProfile profile, PortSession session) {
        return profile.protocol().sendsLines() ? new LineDecoding(profile, session)
                : new ModbusDecoding(profile, session);
    }

    /** The port is open: a polling protocol starts asking. */
    void connected(ScheduledExecutorService executor, Consumer<byte[]> send) {
    }

    void disconnected() {
    }

    abstract void received(byte[] bytes, Instant at, long arrivedNanos);

    long cutBytes() {
        return 0;
    }
}
