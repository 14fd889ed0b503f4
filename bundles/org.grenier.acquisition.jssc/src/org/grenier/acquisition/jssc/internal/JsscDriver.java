package org.grenier.acquisition.jssc.internal;

import java.util.List;

import org.grenier.acquisition.PortLink;
import org.grenier.acquisition.PortListener;
import org.grenier.acquisition.SerialDriver;
import org.grenier.core.Result;
import org.grenier.core.sensors.GapReason;
import org.grenier.core.sensors.PortInfo;
import org.grenier.core.sensors.SerialSettings;
import org.osgi.service.component.annotations.Component;

import jssc.SerialPort;
import jssc.SerialPortException;

/** Serial ports through jssc: configured from the profile, read on jssc's event thread rather than polled. */
@Component(service = SerialDriver.class)
public class JsscDriver implements SerialDriver {

    @Override
    public List<PortInfo> discover() {
        return PortDiscovery.ports();
    }

    @Override
    public Result<PortLink> open(String path, SerialSettings settings, PortListener listener) {
        SerialPort serial = new SerialPort(path);
        try {
            serial.openPort();
            configure(serial, settings);
            JsscLink link = new JsscLink(serial, listener);
            link.start();
            return Result.ok(link);
        } catch (SerialPortException e) {
            JsscLink.closeQuietly(serial);
            return Result.error(GapReason.CANNOT_OPEN.text(path, e.getExceptionType()));
        } catch (java.io.IOException e) {
            JsscLink.closeQuietly(serial);
            return Result.error(GapReason.CANNOT_READ.text(path, e.getMessage()));
        }
    }

    /**
     * setParams answers false on pseudo-terminals (and some USB adapters) although data flows; the port is still
     * usable, so a refusal is not an error.
     */
    private static void configure(SerialPort serial, SerialSettings s) throws SerialPortException {
        serial.setParams(s.baudRate(), s.dataBits(), switch (s.stopBits()) {
            case ONE -> SerialPort.STOPBITS_1;
            case ONE_AND_HALF -> SerialPort.STOPBITS_1_5;
            case TWO -> SerialPort.STOPBITS_2;
        }, s.parity().ordinal());
        serial.setFlowControlMode(switch (s.flowControl()) {
            case NONE -> SerialPort.FLOWCONTROL_NONE;
            case RTS_CTS -> SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
            case XON_XOFF -> SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
        });
    }
}
