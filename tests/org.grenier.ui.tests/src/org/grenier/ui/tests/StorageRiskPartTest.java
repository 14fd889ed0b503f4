package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.show;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.ui.parts.StorePart;
import org.grenier.ui.planning.StorageRiskPart;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;

/**
 * The Storage risk part in the real workbench on the demo store: every storage unit judged in the background and
 * listed riskiest first (units with no recent reading last), and the first one's advice shown below.
 */
class StorageRiskPartTest {

    private static final int SCORE = 9;
    private static final int LEVEL = 10;

    /** The demo knows the silos' stock from receipts only: a count says which crop silo 1 holds. */
    private static void countWheatInSiloOne(StoreSession session) throws java.io.IOException {
        Workbench.importCsv(session, "Stock snapshot", "date;article;cellule;quantite\n" + LocalDate.now().minusDays(1)
                + ";BLE-T1;VAL-S1;800\n");
    }

    /** A week of hourly readings from a silo of warm, damp wheat, up to now. */
    private static List<SensorReading> warmWheat() {
        List<SensorReading> readings = new ArrayList<>();
        Instant now = Instant.now();
        for (int hour = 7 * 24; hour >= 0; hour--) {
            Instant at = now.minus(Duration.ofHours(hour));
            readings.add(new SensorReading("UI-T", "VAL-S1", at, Measure.TEMPERATURE, 25));
            readings.add(new SensorReading("UI-M", "VAL-S1", at, Measure.GRAIN_MOISTURE, 16));
        }
        return readings;
    }

    @Test
    void listsEveryUnitRiskiestFirstWithItsAdvice() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        try {
            session.store().sensors().append(warmWheat()).orElseThrow();
            countWheatInSiloOne(session);
            StorageRiskPart part = assertInstanceOf(StorageRiskPart.class, show(window, StorageRiskPart.ID));
            part.assess();
            int units = DemoDataset.workspace().storageUnits().size();
            Table table = waitFor(display, () -> Optional.of(part.table()).filter(t -> t.getItemCount() == units
                    && t.getItem(0).getText(0).equals("VAL-S1")), "every storage unit judged, the warm silo first");
            boolean unknownSeen = false;
            int previous = Integer.MAX_VALUE;
            for (int i = 0; i < table.getItemCount(); i++) {
                boolean unknown = table.getItem(i).getText(LEVEL).equals("unknown");
                int score = Integer.parseInt(table.getItem(i).getText(SCORE));
                assertTrue(!unknownSeen || unknown, "units with no reading come last");
                if (!unknown) {
                    assertTrue(score <= previous, "riskiest first: row " + i + " scores " + score);
                    previous = score;
                }
                unknownSeen |= unknown;
            }
            String first = table.getItem(0).getText(0);
            // a week at 25 °C and 16 % moisture uses a fifth of wheat's 34 days (Fraser and Muir)
            assertEquals("wheat", table.getItem(0).getText(2));
            assertEquals("high", table.getItem(0).getText(LEVEL));
            assertTrue(table.getItem(0).getText(6).matches("\\d+ %"), table.getItem(0).getText(6));
            assertTrue(Integer.parseInt(table.getItem(0).getText(7)) < 34, table.getItem(0).getText(7));
            assertEquals(0, table.getSelectionIndex(), "the riskiest unit is selected");
            assertEquals(java.util.Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList(),
                    part.scores().categories(), "a score bar for every unit, in the table's order");
            assertTrue(part.details().getText().startsWith(first + ": risk "), part.details().getText());
            screenshot(main, "storage-risk.png");
        } finally {
            show(window, StorePart.ID);
        }
    }
}
