package org.grenier.acquisition.jssc.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.DeviceProfileText;
import org.grenier.core.sensors.SensorSimulator;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;

/** What the acquisition tests share: the services, a store in the test's folder, profiles, and waiting. */
final class AcquisitionFixture implements AutoCloseable {

    final Acquisition acquisition = OsgiServices.get(Acquisition.class);
    final SensorSimulator simulator = OsgiServices.get(SensorSimulator.class);
    final Store store;

    AcquisitionFixture(Path folder) {
        store = OsgiServices.get(StoreOpener.class).open(folder.resolve("store")).orElseThrow();
    }

    /** A built-in profile by name, tied to storage unit CF1, with settings changed by extra text lines. */
    DeviceProfile profile(String name, String... overrides) {
        DeviceProfile builtIn = acquisition.profiles(store).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in profile " + name));
        String text = DeviceProfileText.format(builtIn) + "storage-unit = CF1\n" + String.join("\n", overrides);
        return DeviceProfileText.parse(text, name).orElseThrow();
    }

    SessionStatus status(Path port) {
        return acquisition.sessions().stream().filter(s -> s.port().equals(port.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no session on " + port));
    }

    /** Waits for the condition, failing with the description and what {@code state} says when time runs out. */
    static void await(String what, Duration limit, BooleanSupplier condition, Supplier<Object> state)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("waited " + limit.toSeconds() + " s for " + what + "; now: " + state.get());
            }
            Thread.sleep(20);
        }
    }

    long stored() {
        return store.sensors().readingCount().orElseThrow();
    }

    @Override
    public void close() {
        acquisition.stopAll();
        store.close();
    }
}
