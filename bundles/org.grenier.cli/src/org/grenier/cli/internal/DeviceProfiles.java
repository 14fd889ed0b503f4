package org.grenier.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.DeviceProfileText;
import org.grenier.core.store.Store;

/** Finds the device profile a command names: a profile file, or a built-in or saved profile by name. */
final class DeviceProfiles {

    private DeviceProfiles() {
    }

    static Result<DeviceProfile> find(Acquisition acquisition, Store store, String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            try {
                return DeviceProfileText.parse(Files.readString(file), file.toString());
            } catch (IOException e) {
                return Result.error("Cannot read the device profile " + file + ": " + e.getMessage());
            }
        }
        List<DeviceProfile> all = acquisition.profiles(store);
        return all.stream().filter(p -> p.name().equalsIgnoreCase(nameOrFile)).findFirst().map(Result::ok)
                .orElseGet(() -> Result.error("No device profile is called '" + nameOrFile + "'. Profiles: "
                        + String.join(", ", all.stream().map(DeviceProfile::name).toList())));
    }
}
