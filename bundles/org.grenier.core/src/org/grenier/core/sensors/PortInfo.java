package org.grenier.core.sensors;

import java.util.Optional;

/**
 * A serial port found on this machine: its path, what kind it looks like, and the USB adapter's serial number when
 * the system tells it, which recognises a device that comes back under another path.
 */
public record PortInfo(String path, String description, Optional<String> usbSerial) {
}
