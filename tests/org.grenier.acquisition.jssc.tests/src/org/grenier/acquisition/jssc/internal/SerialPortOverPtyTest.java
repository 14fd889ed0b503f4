package org.grenier.acquisition.jssc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.grenier.core.Result;
import org.grenier.core.sensors.SerialLine;
import org.grenier.core.sensors.SerialPorts;
import org.grenier.testsupport.OsgiServices;
import org.grenier.testsupport.PtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jssc, with its native library, inside OSGi on a real pseudo-terminal pair made by socat. */
class SerialPortOverPtyTest {

    @TempDir
    Path folder;

    private final SerialPorts ports = OsgiServices.get(SerialPorts.class);

    @Test
    void readsTheLinesASensorWritesToTheOtherEnd() throws Exception {
        try (PtyPair pair = PtyPair.open(folder)) {
            BlockingQueue<String> received = new LinkedBlockingQueue<>();
            Result<SerialLine> opened = ports.open(pair.portA().toString(), 9600, received::add);
            assertTrue(!opened.failed(), opened.message());
            try (SerialLine line = opened.value();
                    FileOutputStream sensor = new FileOutputStream(pair.portB().toFile())) {
                sensor.write("id=CF1;T=4.52;RH=81.3\r\nid=CF1;T=4.".getBytes(StandardCharsets.US_ASCII));
                sensor.flush();
                sensor.write("60;RH=81.0\n".getBytes(StandardCharsets.US_ASCII));
                sensor.flush();
                assertEquals("id=CF1;T=4.52;RH=81.3", received.poll(10, TimeUnit.SECONDS));
                assertEquals("id=CF1;T=4.60;RH=81.0", received.poll(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void sendsQueriesToTheSensor() throws Exception {
        try (PtyPair pair = PtyPair.open(folder);
                SerialLine line = ports.open(pair.portA().toString(), 9600, text -> { }).orElseThrow();
                BufferedReader sensor = new BufferedReader(new InputStreamReader(
                        new FileInputStream(pair.portB().toFile()), StandardCharsets.US_ASCII))) {
            line.send("READ?");
            assertEquals("READ?", sensor.readLine());
            assertEquals(pair.portA().toString(), line.port());
        }
    }

    @Test
    void namesThePortItCannotOpen() {
        Result<SerialLine> opened = ports.open(folder.resolve("ttyNone").toString(), 9600, text -> { });
        assertTrue(opened.failed());
        assertTrue(opened.message().startsWith("Cannot open serial port " + folder.resolve("ttyNone")),
                opened.message());
    }

    @Test
    void listsPortsWithoutFailing() {
        assertNotNull(ports.available());
    }
}
