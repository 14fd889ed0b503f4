package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grenier peaks} on a real file of hourly orders. */
class PeaksCommandTest extends CliTestBase {

    @TempDir
    Path folder;

    @Test
    void reportsAccuracyF1AndCalibration() throws IOException {
        Path input = folder.resolve("orders.csv");
        List<String> lines = new ArrayList<>(List.of("time,orders,temperature"));
        Random random = new Random(9);
        LocalDateTime start = LocalDateTime.of(2025, 6, 2, 0, 0);
        for (int t = 0; t < 8 * 7 * 24; t++) {
            LocalDateTime time = start.plusHours(t);
            int hour = time.getHour();
            double rate = hour >= 11 && hour <= 13 || hour >= 18 && hour <= 20 ? 30 : 8;
            lines.add(String.format(Locale.ROOT, "%s,%d,%s", time, Math.round(rate + 3 * random.nextGaussian()),
                    t % 50 == 0 ? "" : String.format(Locale.ROOT, "%.1f", 18 + 6 * random.nextDouble())));
        }
        Files.write(input, lines);
        assertEquals(0, run("peaks", "--input", input.toString(), "--peak-share", "0.25"), err());
        assertTrue(out().contains("Accuracy          "), out());
        double f1 = Double.parseDouble(out().lines().filter(l -> l.startsWith("F1")).findFirst().orElseThrow()
                .substring(18).trim());
        assertTrue(f1 > 0.8, out());
        assertTrue(out().contains("Calibration error"), out());

        lines.set(4, "2025-06-02T03:00,many,20");
        Files.write(input, lines);
        assertEquals(ExitCodes.USAGE, run("peaks", "--input", input.toString()));
        assertTrue(err().contains("orders.csv, line 5, column 2 (orders): 'many' is not a number"), err());
        assertEquals(ExitCodes.USAGE, run("peaks", "--input", input.toString(), "--peak-share", "20"));
        assertTrue(err().contains("--peak-share takes a share between 0 and 1, such as 0.2, not '20'"), err());
    }
}
