package org.grenier.core.sensors;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Grenier needs to know to record a device: how it speaks, how its port is set, which storage unit it watches,
 * which of its values are kept as which measures, how often it should be heard, and (for a USB adapter) its serial
 * number so that it is recognised under a new path.
 *
 * @param sensorField the field of a line that names the sensor (several sensors may share a line); lines without it
 *                    are recorded under {@code sensorId}
 * @param sensorId    the sensor name used when a line names none; Modbus slaves are recorded as {@code sensorId/N}
 */
public record DeviceProfile(String name, Protocol protocol, SerialSettings serial, String storageUnitCode,
        String sensorField, String sensorId, List<Channel> channels, Duration expectedInterval,
        ModbusPolling modbus, Optional<String> usbSerial) {

    public DeviceProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a device profile needs a name");
        }
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(serial, "serial settings");
        if (sensorId == null || sensorId.isBlank()) {
            throw new IllegalArgumentException("device profile " + name + " needs a sensor id");
        }
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("device profile " + name + " maps no channel to a measure");
        }
        if (expectedInterval.isNegative() || expectedInterval.isZero()) {
            throw new IllegalArgumentException("device profile " + name + ": the expected interval must be positive");
        }
        Objects.requireNonNull(modbus, "Modbus polling");
        Objects.requireNonNull(usbSerial, "USB serial");
    }

    /** The channel a device field feeds, if this profile keeps that field. */
    public Optional<Channel> channel(String field) {
        for (Channel channel : channels) {
            if (channel.field().equalsIgnoreCase(field)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /** How long the device may stay silent before the watchdog calls it lost: three missed intervals, 5 s at least. */
    public Duration silenceLimit() {
        Duration interval = protocol.sendsLines() ? expectedInterval : modbus.interval();
        Duration limit = interval.multipliedBy(3);
        if (!protocol.sendsLines()) {
            limit = limit.plus(modbus.timeout().multipliedBy(modbus.retries() + 1L));
        }
        return limit.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : limit;
    }

    public DeviceProfile withStorageUnit(String code) {
        return new DeviceProfile(name, protocol, serial, code, sensorField, sensorId, channels, expectedInterval,
                modbus, usbSerial);
    }
}
