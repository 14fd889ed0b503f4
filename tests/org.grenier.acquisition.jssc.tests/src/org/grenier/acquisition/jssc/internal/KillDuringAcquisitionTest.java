package org.grenier.acquisition.jssc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.grenier.acquisition.internal.SensorAcquisition;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.DeviceProfileText;
import org.grenier.core.sensors.Protocol;
import org.grenier.core.sensors.SensorSimulator;
import org.grenier.core.sensors.SensorSimulator.Simulation;
import org.grenier.core.store.Store;
import org.grenier.store.internal.H2StoreOpener;
import org.grenier.testsupport.PtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jssc.SerialPort;

/** kill -9 of the acquiring JVM: every reading it acknowledged is in the store when it is opened again. */
class KillDuringAcquisitionTest {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedReadingSurvivesAKill() throws Exception {
        Path profileFile = folder.resolve("profile.properties");
        Path storeFolder = folder.resolve("child-store");
        try (PtyPair pair = PtyPair.open(folder); AcquisitionFixture fixture = new AcquisitionFixture(folder)) {
            DeviceProfile profile = fixture.profile("JSON sensor");
            Files.writeString(profileFile, DeviceProfileText.format(profile));
            Simulation device = fixture.simulator.start(pair.portB().toString(), new SensorSimulator.Plan(
                    Protocol.JSON, profile.serial(), 4, 0, Optional.empty())).orElseThrow();
            Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), AcquireChild.class.getName(),
                    storeFolder.toString(), pair.portA().toString(), profileFile.toString()).redirectErrorStream(true)
                    .start();
            long acknowledged = readUntilKilled(child, 3_000);
            device.close();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            try (Store store = new H2StoreOpener().open(storeFolder).orElseThrow()) {
                long stored = store.sensors().readingCount().orElseThrow();
                assertTrue(stored >= acknowledged, stored + " stored, " + acknowledged + " acknowledged before the kill");
            }
        }
    }

    /** Reads the child's acknowledgements and kills it once it has acknowledged enough; returns the last one. */
    private static long readUntilKilled(Process child, long enough) throws Exception {
        long last = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("acknowledged ")) {
                    last = Long.parseLong(line.substring("acknowledged ".length()));
                    if (System.nanoTime() > deadline) {
                        child.destroyForcibly();
                        throw new AssertionError("the child acknowledged only " + last + " in 60 s: " + other);
                    }
                    if (last >= enough) {
                        child.destroyForcibly();
                        return last;
                    }
                } else {
                    other.add(line);
                }
            }
        }
        throw new AssertionError("the child ended by itself after acknowledging " + last + ": " + other);
    }

    /** Classes jssc's native loader needs, found the way jssc's bundle sees them. */
    private static Class<?> loaderClass(String name) throws ClassNotFoundException {
        Class<?> loader = Class.forName("org.scijava.nativelib.NativeLoader", false, SerialPort.class.getClassLoader());
        return Class.forName(name, false, loader.getClassLoader());
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The jars and class folders the bundles' classes came from, which also make a plain class path. */
    private static String classPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(AcquireChild.class, JsscDriver.class, SensorAcquisition.class, H2StoreOpener.class, Store.class,
                org.h2.Driver.class, SerialPort.class, org.eclipse.core.runtime.IProgressMonitor.class,
                loaderClass("org.scijava.nativelib.NativeLoader"), loaderClass("org.slf4j.LoggerFactory"))) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
