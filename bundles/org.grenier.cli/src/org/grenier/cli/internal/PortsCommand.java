package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.PortInfo;

/** {@code grenier ports}: the serial ports sensors can be plugged into. */
final class PortsCommand implements Command {

    private final Services services;

    PortsCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "ports";
    }

    @Override
    public String summary() {
        return "list the serial ports (USB adapters, on-board ports) sensors can use";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier ports

                Lists the serial ports found on this machine: USB serial adapters (/dev/ttyUSB*),
                USB devices (/dev/ttyACM*), on-board ports, and the paths or folders named in the
                grenier.ports system property (comma-separated). A USB adapter's serial number is
                shown when the system knows it: a profile that names it finds the device again
                when it comes back under another path.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        var acquisition = services.find(Acquisition.class);
        if (acquisition.isEmpty()) {
            err.println("grenier ports: the acquisition service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        List<PortInfo> ports = acquisition.get().ports();
        if (ports.isEmpty()) {
            out.println("No serial port found. Plug the sensor's USB adapter in, or name a port with --port PATH.");
            return ExitCodes.OK;
        }
        out.printf("%-28s  %-24s  %s%n", "Port", "Kind", "USB serial number");
        for (PortInfo port : ports) {
            out.printf("%-28s  %-24s  %s%n", port.path(), port.description(), port.usbSerial().orElse("-"));
        }
        return ExitCodes.OK;
    }
}
