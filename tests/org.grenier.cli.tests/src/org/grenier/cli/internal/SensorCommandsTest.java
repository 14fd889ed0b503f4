package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grenier.testsupport.PtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grenier ports, simulate, acquire, alerts} on a real pty pair and a real store. */
class SensorCommandsTest extends CliTestBase {

    private static final Pattern STORED = Pattern.compile("stopped\\s+lines ([\\d,]+)\\s+stored ([\\d,]+)");

    @TempDir
    Path folder;

    @Test
    void simulateFeedsAcquireWhichStoresAndReportsEveryLine() throws Exception {
        Path db = folder.resolve("store");
        try (PtyPair pair = PtyPair.open(folder)) {
            CompletableFuture<Integer> device = CompletableFuture.supplyAsync(() -> new CommandLine(
                    new Services(org.osgi.framework.FrameworkUtil.getBundle(CommandLine.class).getBundleContext()),
                    "test", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run("simulate", "--port",
                            pair.portB().toString(), "--protocol", "JSON", "--sensors", "2", "--rate", "50",
                            "--serial", "115200 8N1", "--duration", "4s"));
            assertEquals(0, run("acquire", "--port", pair.portA().toString(), "--profile", "JSON sensor", "--unit",
                    "CF1", "--duration", "3s", "--every", "1s", "--db", db.toString()), err());
            assertEquals(0, device.get());
        }
        String printed = out();
        assertTrue(printed.startsWith("Recording JSON sensor on " + folder.resolve("ttyGrenierA")), printed);
        assertTrue(printed.contains("receiving"), "a live line while it runs: " + printed);
        Matcher last = STORED.matcher(printed);
        assertTrue(last.find(), printed);
        long lines = Long.parseLong(last.group(1).replace(",", ""));
        long stored = Long.parseLong(last.group(2).replace(",", ""));
        assertTrue(lines >= 50, printed);
        assertEquals(3 * lines, stored, "three values a line: " + printed);
        assertTrue(printed.contains("CPU used:"), printed);
        assertEquals(0, run("info", "--db", db.toString()));
        assertTrue(out().contains(String.format("%,d", stored)), out());
    }

    @Test
    void acquireExplainsAnUnknownProfile() {
        assertEquals(ExitCodes.USAGE, run("acquire", "--port", "/dev/ttyUSB9", "--profile", "Nope", "--db",
                folder.resolve("store").toString()));
        assertTrue(err().startsWith("grenier acquire: No device profile is called 'Nope'. Profiles: Key=value sensor"),
                err());
    }

    @Test
    void alertsListsAndAcknowledges() {
        String db = folder.resolve("store").toString();
        assertEquals(0, run("alerts", "--db", db));
        assertTrue(out().startsWith(" Alert  Raised"), out());
        assertEquals(ExitCodes.FAILED, run("alerts", "--ack", "42", "--db", db));
        assertEquals("grenier alerts: no unacknowledged alert has number 42\n", err());
        assertTrue(Instant.now().isAfter(Instant.EPOCH));
    }

    @Test
    void rulesShowTheDefaultsAndTakeAUnitsLimits() {
        String db = folder.resolve("store").toString();
        assertEquals(0, run("rules", "--db", db));
        assertTrue(out().contains("*             TEMPERATURE                -      30.0            10.0"), out());
        assertEquals(0, run("rules", "--set", "CF1,TEMPERATURE,high=8,low=0,rate=3", "--db", db), err());
        assertTrue(out().contains("CF1           TEMPERATURE              0.0       8.0             3.0"), out());
        assertEquals(ExitCodes.USAGE, run("rules", "--set", "CF1,HEAT,high=8", "--db", db));
        assertTrue(err().startsWith("grenier rules: measure 'HEAT' is not one of [TEMPERATURE"), err());
        assertEquals(ExitCodes.USAGE, run("rules", "--set", "CF1,TEMPERATURE,high=8,low=9", "--db", db));
        assertTrue(err().contains("the low limit 9.0 is not below the high limit 8.0"), err());
    }

    @Test
    void portsListsWithoutFailing() {
        assertEquals(0, run("ports"));
        assertTrue(out().startsWith("Port") || out().startsWith("No serial port found"), out());
    }
}
