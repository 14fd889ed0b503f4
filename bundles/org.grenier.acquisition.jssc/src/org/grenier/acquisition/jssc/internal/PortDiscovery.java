package org.grenier.acquisition.jssc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.grenier.core.sensors.PortInfo;

import jssc.SerialPortList;

/**
 * Finds serial ports: USB adapters ({@code ttyUSB}, {@code ttyACM}), on-board and Raspberry Pi ports, and the
 * paths or folders listed in the {@code grenier.ports} system property (comma-separated), e.g. pseudo-terminals of
 * a simulator. On Linux the USB serial number comes from sysfs, so a device is recognised under a new path.
 */
final class PortDiscovery {

    /** jssc's default pattern would also list hundreds of virtual consoles. */
    private static final Pattern SENSOR_PORTS = Pattern.compile("tty(USB|ACM|S|AMA)[0-9]+");
    private static final Path SYS_TTY = Path.of("/sys/class/tty");

    private PortDiscovery() {
    }

    static List<PortInfo> ports() {
        TreeSet<String> paths = new TreeSet<>(Arrays.asList(SerialPortList.getPortNames("/dev/", SENSOR_PORTS)));
        paths.removeIf(path -> path.matches("/dev/ttyS[0-9]+") && !hasDevice(path));
        paths.addAll(extraPaths());
        List<PortInfo> ports = new ArrayList<>();
        for (String path : paths) {
            ports.add(new PortInfo(path, describe(path), usbSerial(path)));
        }
        return ports;
    }

    /** Most of the 32 ttyS nodes a PC declares have no UART behind them: sysfs gives them type 0. */
    private static boolean hasDevice(String path) {
        try {
            Path type = SYS_TTY.resolve(Path.of(path).getFileName()).resolve("type");
            return !Files.exists(type) || !Files.readString(type).strip().equals("0");
        } catch (IOException e) {
            return true;
        }
    }

    private static List<String> extraPaths() {
        List<String> found = new ArrayList<>();
        for (String entry : System.getProperty("grenier.ports", "").split(",")) {
            Path path = Path.of(entry.strip());
            if (entry.isBlank() || !Files.exists(path)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                try (var children = Files.list(path)) {
                    children.filter(p -> p.getFileName().toString().startsWith("tty")).map(Path::toString)
                            .forEach(found::add);
                } catch (IOException e) {
                    // An unreadable folder lists nothing; the user sees no port there.
                }
            } else {
                found.add(path.toString());
            }
        }
        return found;
    }

    private static String describe(String path) {
        String name = Path.of(path).getFileName().toString();
        if (name.startsWith("ttyUSB")) {
            return "USB serial adapter";
        }
        if (name.startsWith("ttyACM")) {
            return "USB device (CDC ACM)";
        }
        if (name.startsWith("ttyS") || name.startsWith("ttyAMA")) {
            return "on-board serial port";
        }
        return "serial port";
    }

    /** The {@code serial} file of the USB device above the tty in sysfs, if any. */
    static Optional<String> usbSerial(String path) {
        try {
            Path real = Path.of(path).toRealPath();
            Path device = SYS_TTY.resolve(real.getFileName()).resolve("device");
            if (!Files.exists(device)) {
                return Optional.empty();
            }
            Path up = device.toRealPath();
            for (int level = 0; level < 4 && up != null; level++, up = up.getParent()) {
                Path serial = up.resolve("serial");
                if (Files.isRegularFile(serial)) {
                    String text = Files.readString(serial).strip();
                    return text.isEmpty() ? Optional.empty() : Optional.of(text);
                }
            }
        } catch (IOException | SecurityException e) {
            // Without sysfs (or on other systems) a port simply has no known serial number.
        }
        return Optional.empty();
    }
}
