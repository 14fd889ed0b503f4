package org.grenier.acquisition.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.DeviceProfileText;

/** The device profiles shipped in {@code profiles/}: one per protocol, matching what common devices send. */
final class BuiltInDeviceProfiles {

    static final List<String> FILES = List.of("key-value-sensor", "csv-logger", "json-sensor", "nmea-station",
            "modbus-thc");

    private static volatile List<DeviceProfile> loaded;

    private BuiltInDeviceProfiles() {
    }

    static List<DeviceProfile> all() {
        if (loaded == null) {
            List<DeviceProfile> profiles = new ArrayList<>();
            for (String name : FILES) {
                profiles.add(DeviceProfileText.parse(read(name), "profiles/" + name + ".properties").orElseThrow());
            }
            loaded = List.copyOf(profiles);
        }
        return loaded;
    }

    private static String read(String name) {
        try (InputStream in = BuiltInDeviceProfiles.class.getResourceAsStream("/profiles/" + name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("profiles/" + name + ".properties is missing from acquisition");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read profiles/" + name + ".properties", e);
        }
    }
}
