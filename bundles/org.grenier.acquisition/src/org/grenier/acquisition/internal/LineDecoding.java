package org.grenier.acquisition.internal;

import java.time.Instant;

import org.grenier.core.sensors.DeviceProfile;

/** Devices that send text lines by themselves: lines are assembled, decoded by the profile's protocol, and kept. */
final class LineDecoding extends Decoding {

    private final PortSession session;
    private final LineProtocol protocol;
    private final LineAssembler assembler = new LineAssembler(this::line);
    private Instant at;
    private long arrived;

    LineDecoding(DeviceProfile profile, PortSession session) {
        this.session = session;
        this.protocol = LineProtocols.create(profile.protocol(), profile.sensorField());
    }

    @Override
    void received(byte[] bytes, Instant receivedAt, long arrivedNanos) {
        at = receivedAt;
        arrived = arrivedNanos;
        assembler.accept(bytes);
    }

    private void line(String text) {
        session.line();
        switch (protocol.decode(text)) {
            case Decoded.Values values -> session.values(values.sensorId(), values.values(), at, arrived);
            case Decoded.Refused refused -> session.refused(refused.reason());
            case Decoded.Skipped skipped -> {
                // Headers and sentences of no interest: nothing to keep, nothing wrong.
            }
        }
    }

    @Override
    long cutBytes() {
        return assembler.cutBytes();
    }
}
