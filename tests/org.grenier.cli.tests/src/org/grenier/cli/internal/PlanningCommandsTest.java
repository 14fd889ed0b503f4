package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grenier risk} and {@code grenier plan} on the demo cooperative's store. */
class PlanningCommandsTest extends CliTestBase {

    @TempDir
    Path folder;

    @Test
    void riskListsTheRiskiestUnitFirstAndRaisesItsAlertOnce() throws IOException {
        String db = demoStore().toString();
        assertEquals(0, run("risk", "--db", db), err());
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(1).startsWith("VAL-S1") && lines.get(1).contains("WHEAT")
                && lines.get(1).endsWith("HIGH"), out());
        assertTrue(out().contains("No sensor readings in the last 30 days"), out());
        assertTrue(out().contains("1 alert(s) raised."), out());
        assertEquals(0, run("risk", "--db", db), err());
        assertTrue(out().contains("0 alert(s) raised."), out());
        assertEquals(0, run("alerts", "--db", db));
        assertTrue(out().contains("STORAGE_RISK"), out());
    }

    private Path demoStore() throws IOException {
        Path db = folder.resolve("store");
        try (Store store = OsgiServices.get(StoreOpener.class).open(db).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            List<SensorReading> readings = new ArrayList<>();
            Instant now = Instant.now();
            for (int hour = 60 * 24; hour > 0; hour--) {
                Instant at = now.minus(Duration.ofHours(hour));
                readings.add(new SensorReading("S1-T", "VAL-S1", at, Measure.TEMPERATURE, 25));
                readings.add(new SensorReading("S2-T", "VAL-S2", at, Measure.TEMPERATURE, 8));
            }
            store.sensors().append(readings).orElseThrow();
        }
        Path stock = Files.writeString(folder.resolve("stock.csv"), "date;article;cellule;quantite\n"
                + "15/09/2026;BLE-T1;VAL-S1;800\n15/09/2026;MAIS-G;VAL-S2;600\n");
        assertEquals(0, run("import", "--db", db.toString(), "--profile", "Stock snapshot", stock.toString()),
                err());
        return db;
    }
}
