package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.sensors.GapReason;
import org.grenier.core.store.Store;
import org.grenier.ui.preferences.Language;
import org.grenier.ui.sensors.GapText;
import org.grenier.ui.sensors.SensorsPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Sensors part words an alert from its facts: in English as the acquisition wrote it (the sentence the command
 * line prints), in French with decimal commas. A technician in Lyon reads no English sentence in the alert list.
 */
class AlertWordsTest {

    private static final int MESSAGE = 5;

    private MWindow window;

    @AfterEach
    void backToTheSystemLanguage() {
        Workbench.backToTheSystemLanguage(window);
    }

    @Test
    void anAlertReadsInEnglishAsTheAcquisitionWroteItAndInFrench() {
        Display display = Display.getCurrent();
        window = assertInstanceOf(MWindow.class, mainWindow(display).getData("modelElement"));
        Store store = Workbench.openSession(display, window).store();
        Instant now = Instant.now();
        String above = "Storage unit CF1: temperature 31.2 °C above the 30.0 °C limit (sensor S01-" + now.toEpochMilli()
                + ")";
        store.sensors().raise(new Alert(0, "CF1", "S01-" + now.toEpochMilli(), Measure.TEMPERATURE,
                AlertKind.TOO_HIGH, now, 31.2, above, Optional.empty(), List.of(30.0))).orElseThrow();
        String rose = "Storage unit CF1: temperature rose 3.3 °C in 10 min to 7.8 °C, faster than the 10.0 °C per hour "
                + "limit (sensor F-" + now.toEpochMilli() + ")";
        store.sensors().raise(new Alert(0, "CF1", "F-" + now.toEpochMilli(), Measure.TEMPERATURE,
                AlertKind.CHANGING_FAST, now.minusSeconds(1), 7.75, rose, Optional.empty(), List.of(3.25, 10.0, 10.0)))
                .orElseThrow();

        List<String> english = messages(display, now);
        assertEquals(List.of(above, rose), english, "worded from the facts, as the acquisition words it");

        Language.FRENCH.applyNow(window.getContext());
        assertEquals(List.of("Lieu de stockage CF1\u00a0: temp\u00e9rature \u00e0 31,2 \u00b0C, au-dessus de la limite de "
                + "30,0 \u00b0C (capteur S01-" + now.toEpochMilli() + ")", "Lieu de stockage CF1\u00a0: temp\u00e9rature "
                + "en hausse de 3,3 \u00b0C en 10 min, \u00e0 7,8 \u00b0C\u00a0: plus vite que la limite de 10,0 \u00b0C par "
                + "heure (capteur F-" + now.toEpochMilli() + ")"), messages(display, now));
    }

    /** Why a device went unheard, as the acquisition writes it, reads in French; a sentence of another kind stays. */
    @Test
    void aConnectionGapReadsInFrench() {
        window = assertInstanceOf(MWindow.class, mainWindow(Display.getCurrent()).getData("modelElement"));
        Language.FRENCH.applyNow(window.getContext());
        assertEquals("aucune donn\u00e9e pendant 45 s", GapText.reason(GapReason.NO_DATA.text(45L)));
        assertEquals("impossible d'ouvrir le port s\u00e9rie /dev/ttyUSB0\u00a0: le port est utilis\u00e9 par un "
                + "autre programme", GapText.reason(GapReason.CANNOT_OPEN.text("/dev/ttyUSB0", "Port busy")));
        assertEquals("impossible de lire COM3\u00a0: Native exception: 5", GapText.reason(GapReason.CANNOT_READ.text(
                "COM3", "Native exception: 5")), "the driver's own words, when they are not the usual ones");
        assertEquals("impossible d'ouvrir le port s\u00e9rie /dev/ttyS9\u00a0: ce n'est pas un port s\u00e9rie",
                GapText.reason(GapReason.CANNOT_OPEN.text("/dev/ttyS9", "Incorrect serial port")));
        assertEquals("impossible de lire COM3\u00a0: le pilote s\u00e9rie n'a pas pu surveiller le port (relancez "
                + "l'enregistrement)", GapText.reason(GapReason.CANNOT_READ.text("COM3", "Can't set mask")));
        assertEquals("impossible d'\u00e9crire sur COM3\u00a0: le syst\u00e8me a refus\u00e9\u00a0: Input/output "
                + "error", GapText.reason(GapReason.CANNOT_WRITE.text("COM3", "Native exception occurred: "
                        + "Input/output error")), "the system's own message kept");
        assertEquals("l'appareil sur /dev/pts/4 s'est d\u00e9connect\u00e9",
                GapText.reason(GapReason.HUNG_UP.text("/dev/pts/4")));
        assertEquals("CRC error in the answer of slave 3", GapText.reason("CRC error in the answer of slave 3"));
    }

    /** The message column of this test's two alerts, newest first, in the Sensors part drawn anew. */
    private List<String> messages(Display display, Instant now) {
        SensorsPart part = assertInstanceOf(SensorsPart.class, Workbench.redraw(window, SensorsPart.ID));
        String mark = String.valueOf(now.toEpochMilli());
        return waitFor(display, () -> Optional.of(rows(part.alerts(), mark)).filter(rows -> rows.size() == 2),
                "this test's two alerts listed");
    }

    private static List<String> rows(Table table, String mark) {
        return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(MESSAGE))
                .filter(text -> text.contains(mark + ")")).toList();
    }
}
