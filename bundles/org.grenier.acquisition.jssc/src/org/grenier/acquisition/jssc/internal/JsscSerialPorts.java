package org.grenier.acquisition.jssc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.grenier.acquisition.LineAssembler;
import org.grenier.core.Result;
import org.grenier.core.sensors.SerialLine;
import org.grenier.core.sensors.SerialPorts;
import org.osgi.service.component.annotations.Component;

import jssc.SerialPort;
import jssc.SerialPortEvent;
import jssc.SerialPortException;
import jssc.SerialPortList;

/** Serial ports through jssc, reading on jssc's event thread rather than polling. */
@Component(service = SerialPorts.class)
public class JsscSerialPorts implements SerialPorts {

    /** USB-serial adapters and on-board ports; jssc's default pattern also lists hundreds of virtual consoles. */
    private static final Pattern SENSOR_PORTS = Pattern.compile("tty(USB|ACM|S|AMA)[0-9]+");

    @Override
    public List<String> available() {
        List<String> ports = new ArrayList<>(Arrays.asList(SerialPortList.getPortNames("/dev/", SENSOR_PORTS)));
        ports.sort(null);
        return ports;
    }

    @Override
    public Result<SerialLine> open(String port, int baudRate, Consumer<String> lines) {
        SerialPort serial = new SerialPort(port);
        try {
            serial.openPort();
            // setParams answers false on pseudo-terminals although data flows; the port is still usable.
            serial.setParams(baudRate, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
            LineAssembler assembler = new LineAssembler(lines);
            serial.addEventListener(event -> receive(serial, event, assembler), SerialPort.MASK_RXCHAR);
            return Result.ok(new JsscSerialLine(serial));
        } catch (SerialPortException e) {
            closeQuietly(serial);
            return Result.error("Cannot open serial port " + port + ": " + e.getExceptionType());
        }
    }

    private static void receive(SerialPort serial, SerialPortEvent event, LineAssembler assembler) {
        if (!event.isRXCHAR() || event.getEventValue() <= 0) {
            return;
        }
        try {
            byte[] chunk = serial.readBytes(event.getEventValue());
            if (chunk != null) {
                assembler.accept(chunk);
            }
        } catch (SerialPortException e) {
            // The port went away between the event and the read; the session's watchdog notices the silence.
        }
    }

    static void closeQuietly(SerialPort serial) {
        try {
            if (serial.isOpened()) {
                serial.closePort();
            }
        } catch (SerialPortException e) {
            // Closing a port whose device vanished fails; there is nothing left to release.
        }
    }
}
