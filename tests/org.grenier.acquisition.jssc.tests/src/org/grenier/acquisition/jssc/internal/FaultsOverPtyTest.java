package org.grenier.acquisition.jssc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.grenier.acquisition.PortLink;
import org.grenier.acquisition.PortListener;
import org.grenier.acquisition.SerialDriver;
import org.grenier.core.sensors.ConnectionGap;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.GapReason;
import org.grenier.core.sensors.Protocol;
import org.grenier.core.sensors.SensorSimulator;
import org.grenier.core.sensors.SensorSimulator.Simulation;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.testsupport.OsgiServices;
import org.grenier.testsupport.PtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real cables do: get pulled, carry garbage, flood; and Modbus slaves that answer with a broken CRC. */
class FaultsOverPtyTest {

    @TempDir
    Path folder;

    @Test
    void reconnectsByItselfAfterTheCableIsPulledAndRecordsTheGap() throws Exception {
        try (AcquisitionFixture fixture = new AcquisitionFixture(folder)) {
            DeviceProfile profile = fixture.profile("Key=value sensor", "expected-interval = 1s");
            PtyPair first = PtyPair.open(folder);
            Simulation device = play(fixture, first, profile);
            String port = first.portA().toString();
            fixture.acquisition.start(fixture.store, port, profile).orElseThrow();
            AcquisitionFixture.await("readings before the cut", Duration.ofSeconds(20),
                    () -> fixture.status(first.portA()).committed() >= 40, () -> fixture.status(first.portA()));
            long beforeCut = fixture.status(first.portA()).committed();
            device.close();
            first.close();
            AcquisitionFixture.await("the watchdog to notice", Duration.ofSeconds(20),
                    () -> fixture.status(first.portA()).state() == SessionStatus.State.RECONNECTING,
                    () -> fixture.status(first.portA()));
            try (PtyPair second = PtyPair.open(folder)) {
                assertEquals(first.portA(), second.portA(), "the same link path comes back");
                Simulation again = play(fixture, second, profile);
                AcquisitionFixture.await("readings after the reconnect", Duration.ofSeconds(40),
                        () -> fixture.status(second.portA()).reconnects() == 1
                                && fixture.status(second.portA()).committed() >= beforeCut + 40,
                        () -> fixture.status(second.portA()));
                again.close();
                SessionStatus status = fixture.acquisition.stop(port).orElseThrow();
                assertEquals(status.committed(), fixture.stored(), "nothing acknowledged was lost");
                List<ConnectionGap> gaps = fixture.store.sensors().gaps(Instant.EPOCH, Instant.now()).orElseThrow();
                assertEquals(1, gaps.size(), gaps.toString());
                assertNotNull(gaps.get(0).to(), "the gap is closed by the first data after it");
                assertTrue(gaps.get(0).from().isBefore(gaps.get(0).to()));
                String reason = gaps.get(0).reason();
                GapReason.Read read = GapReason.read(reason).orElseThrow(() -> new AssertionError(
                        "a reason the workbench can word in French: " + reason));
                assertTrue(read.kind() == GapReason.CANNOT_READ && read.facts().get(0).equals(port)
                        || read.kind() == GapReason.HUNG_UP || read.kind() == GapReason.NO_DATA, reason);
            }
        }
    }

    @Test
    void garbageOverlongLinesAndFloodsAreCutWithoutGrowingTheHeap() throws Exception {
        try (PtyPair pair = PtyPair.open(folder); AcquisitionFixture fixture = new AcquisitionFixture(folder)) {
            DeviceProfile profile = fixture.profile("Key=value sensor", "serial = 460800 8N1");
            fixture.acquisition.start(fixture.store, pair.portA().toString(), profile).orElseThrow();
            long heapBefore = usedHeapAfterGc();
            try (FileOutputStream device = new FileOutputStream(pair.portB().toFile())) {
                byte[] garbage = new byte[1 << 20];
                new Random(4).nextBytes(garbage);
                device.write(garbage);
                device.write("\n".getBytes(StandardCharsets.US_ASCII));
                byte[] runaway = new byte[10 << 20];
                Arrays.fill(runaway, (byte) 'x');
                device.write(runaway);
                device.write("\nid=CF1;T=4.5;H=80.1\n".getBytes(StandardCharsets.US_ASCII));
            }
            // The flood opens the same end of the pair, and opening it can empty what it still holds: without this wait,
            // 2 runs in 28 lost the newline after the runaway line, which ran on to swallow the good line and the
            // flood's first (50 bytes more cut, 5 readings short).
            AcquisitionFixture.await("the good line after the runaway one", Duration.ofSeconds(20),
                    () -> fixture.status(pair.portA()).committed() >= 2, () -> fixture.status(pair.portA()));
            Simulation flood = play(fixture, pair, profile, 0);
            Thread.sleep(3_000);
            flood.close();
            AcquisitionFixture.await("the good lines after the garbage", Duration.ofSeconds(20),
                    () -> fixture.status(pair.portA()).committed() >= 2 + 3 * (flood.sent() - 1),
                    () -> fixture.status(pair.portA()) + ", flood sent " + flood.sent());
            long heapAfter = usedHeapAfterGc();
            SessionStatus status = fixture.acquisition.stop(pair.portA().toString()).orElseThrow();
            assertTrue(status.cut() >= 10 << 20, "the runaway line was cut: " + status);
            assertTrue(flood.sent() > 2_000, "a real flood: " + flood.sent() + " lines in 3 s");
            assertEquals(status.committed(), fixture.stored());
            assertTrue(heapAfter - heapBefore < 32 << 20, "heap grew by " + (heapAfter - heapBefore) / 1024 + " KB");
        }
    }

    @Test
    void modbusAnswersWithABrokenCrcAreRefusedAndTheRequestRetried() throws Exception {
        try (PtyPair pair = PtyPair.open(folder); AcquisitionFixture fixture = new AcquisitionFixture(folder)) {
            DeviceProfile profile = fixture.profile("Modbus RTU transmitter", "modbus.interval = 200ms",
                    "modbus.timeout = 300ms");
            AtomicInteger requests = new AtomicInteger();
            SerialDriver driver = OsgiServices.get(SerialDriver.class);
            PortLink[] slave = new PortLink[1];
            slave[0] = driver.open(pair.portB().toString(), profile.serial(), new PortListener() {
                @Override
                public void received(byte[] bytes) {
                    // Requests are 8 bytes; the pty delivers them whole at this rate.
                    if (bytes.length == 8) {
                        answer(slave[0], requests.getAndIncrement() % 2 == 0);
                    }
                }

                @Override
                public void failed(String problem) {
                }
            }).orElseThrow();
            try {
                fixture.acquisition.start(fixture.store, pair.portA().toString(), profile).orElseThrow();
                AcquisitionFixture.await("good answers after broken ones", Duration.ofSeconds(20),
                        () -> fixture.status(pair.portA()).committed() >= 9, () -> fixture.status(pair.portA()));
                SessionStatus status = fixture.acquisition.stop(pair.portA().toString()).orElseThrow();
                assertTrue(status.rejected() >= 3, "every other answer had a broken CRC: " + status);
                var temperatures = fixture.store.sensors().readings("CF1", org.grenier.core.model.Measure.TEMPERATURE,
                        Instant.EPOCH, Instant.now()).orElseThrow();
                assertTrue(temperatures.stream().allMatch(r -> Math.abs(r.value() - -5.5) < 1e-9), temperatures
                        .toString());
                assertEquals(status.committed(), fixture.stored());
            } finally {
                slave[0].close();
            }
        }
    }

    /** Slave 1's answer to "read input registers 0..2": -5.5 °C, 62.0 %, 800 ppm; the CRC broken when asked. */
    private static void answer(PortLink link, boolean brokenCrc) {
        byte[] frame = { 1, 4, 6, (byte) 0xFF, (byte) 0xC9, 0x02, 0x6C, 0x03, 0x20, 0, 0 };
        int crc = crc(frame, frame.length - 2);
        frame[frame.length - 2] = (byte) (crc & 0xFF);
        frame[frame.length - 1] = (byte) ((crc >> 8) ^ (brokenCrc ? 0x01 : 0));
        try {
            link.write(frame);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int crc(byte[] bytes, int length) {
        int crc = 0xFFFF;
        for (int i = 0; i < length; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    private static Simulation play(AcquisitionFixture fixture, PtyPair pair, DeviceProfile profile) {
        return play(fixture, pair, profile, 40);
    }

    private static Simulation play(AcquisitionFixture fixture, PtyPair pair, DeviceProfile profile, double rate) {
        return fixture.simulator.start(pair.portB().toString(), new SensorSimulator.Plan(Protocol.KEY_VALUE,
                profile.serial(), 1, rate, Optional.empty())).orElseThrow();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
