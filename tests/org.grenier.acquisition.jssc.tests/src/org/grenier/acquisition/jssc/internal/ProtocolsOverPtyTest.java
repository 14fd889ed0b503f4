package org.grenier.acquisition.jssc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.Protocol;
import org.grenier.core.sensors.SensorSimulator;
import org.grenier.core.sensors.SensorSimulator.Simulation;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.testsupport.PtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each protocol end to end: a simulated device on one end of a pty pair, jssc and the store on the other. */
class ProtocolsOverPtyTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({ "KEY_VALUE, Key=value sensor, S01|S02", "CSV, CSV data logger, S01|S02",
            "JSON, JSON sensor, S01|S02", "NMEA, NMEA station, station", "MODBUS_RTU, Modbus RTU transmitter, rs485/1" })
    void readingsArriveInTheStoreWithTheirUnitsAndTimes(Protocol protocol, String profileName, String sensors)
            throws Exception {
        try (PtyPair pair = PtyPair.open(folder); AcquisitionFixture fixture = new AcquisitionFixture(folder)) {
            DeviceProfile profile = fixture.profile(profileName, "modbus.interval = 100ms", "modbus.timeout = 500ms");
            Instant before = Instant.now();
            Simulation device = fixture.simulator.start(pair.portB().toString(), new SensorSimulator.Plan(protocol,
                    profile.serial(), 2, 40, Optional.empty())).orElseThrow();
            fixture.acquisition.start(fixture.store, pair.portA().toString(), profile).orElseThrow();
            AcquisitionFixture.await("60 readings stored", Duration.ofSeconds(30),
                    () -> fixture.status(pair.portA()).committed() >= 60, () -> fixture.status(pair.portA()));
            device.close();
            SessionStatus status = fixture.acquisition.stop(pair.portA().toString()).orElseThrow();
            Instant after = Instant.now();
            assertEquals(status.committed(), fixture.stored(), "every acknowledged reading is stored, no more");
            assertEquals(0, status.rejected(), "nothing refused: " + status.lastProblem());
            List<SensorReading> temperatures = fixture.store.sensors().readings("CF1", Measure.TEMPERATURE, before,
                    after).orElseThrow();
            List<SensorReading> humidity = fixture.store.sensors().readings("CF1", Measure.RELATIVE_HUMIDITY,
                    before, after).orElseThrow();
            assertTrue(temperatures.size() >= 20, temperatures.size() + " temperatures");
            assertTrue(temperatures.stream().allMatch(r -> r.value() > 8 && r.value() < 16), "°C: " + temperatures);
            assertTrue(humidity.stream().allMatch(r -> r.value() > 55 && r.value() < 75), "%: " + humidity);
            Set<String> ids = new TreeSet<>();
            temperatures.forEach(r -> ids.add(r.sensorId()));
            assertEquals(new TreeSet<>(List.of(sensors.split("\\|"))), ids);
        }
    }

    @Test
    void badNmeaChecksumsAreCountedAndDropped() throws Exception {
        try (PtyPair pair = PtyPair.open(folder); AcquisitionFixture fixture = new AcquisitionFixture(folder)) {
            DeviceProfile profile = fixture.profile("NMEA station");
            fixture.acquisition.start(fixture.store, pair.portA().toString(), profile).orElseThrow();
            String good = nmea("WIXDR,C,4.52,C,TEMP,H,81.3,P,HUM");
            String bad = good.substring(0, good.length() - 2) + (good.endsWith("00") ? "01" : "00");
            try (FileOutputStream device = new FileOutputStream(pair.portB().toFile())) {
                String lines = String.join("\r\n", good, bad, "$WIXDR,C,4.60,C,TEMP", good, bad, good) + "\r\n";
                device.write(lines.getBytes(StandardCharsets.US_ASCII));
            }
            AcquisitionFixture.await("six sentences read", Duration.ofSeconds(10),
                    () -> fixture.status(pair.portA()).lines() >= 6, () -> fixture.status(pair.portA()));
            SessionStatus status = fixture.acquisition.stop(pair.portA().toString()).orElseThrow();
            assertEquals(3, status.rejected(), "two bad checksums and one missing");
            assertEquals(6, status.committed(), "three good sentences of two values");
            assertEquals(6, fixture.stored());
        }
    }

    static String nmea(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("$%s*%02X", body, sum);
    }
}
