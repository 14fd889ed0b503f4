package org.grenier.acquisition.jssc.internal;

import org.grenier.core.sensors.SerialLine;

import jssc.SerialPort;
import jssc.SerialPortException;

/** An open jssc port seen through the core's driver-neutral {@link SerialLine}. */
final class JsscSerialLine implements SerialLine {

    private final SerialPort serial;

    JsscSerialLine(SerialPort serial) {
        this.serial = serial;
    }

    @Override
    public String port() {
        return serial.getPortName();
    }

    @Override
    public void send(String line) {
        try {
            serial.writeString(line + "\n");
        } catch (SerialPortException e) {
            throw new IllegalStateException("Cannot write to serial port " + port() + ": " + e.getExceptionType(), e);
        }
    }

    @Override
    public void close() {
        JsscSerialPorts.closeQuietly(serial);
    }
}
