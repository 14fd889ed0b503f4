package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.press;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.show;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.sensors.Protocol;
import org.grenier.core.sensors.SensorSimulator;
import org.grenier.core.sensors.SensorSimulator.Simulation;
import org.grenier.core.sensors.SerialSettings;
import org.grenier.testsupport.PtyPair;
import org.grenier.ui.sensors.ConnectDeviceDialog;
import org.grenier.ui.sensors.SensorsPart;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Sensors part in the real workbench: a simulated device on a pty pair is tried with a test read in the
 * connect dialog, recorded, listed with its counts, drawn live (one line per sensor), and an alert acknowledged.
 * When the Intel Berkeley lab logs sit beside the repository the device replays them (for the README's picture);
 * otherwise it plays a synthetic signal.
 */
class SensorsPartTest {

    @Test
    void recordsASimulatedDeviceShowsItLiveAndAcknowledgesAnAlert() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        Acquisition acquisition = service(Acquisition.class);
        try (PtyPair pair = PtyPair.open(Files.createTempDirectory("grenier-sensors"));
                Simulation device = service(SensorSimulator.class).start(pair.portB().toString(),
                        new SensorSimulator.Plan(Protocol.KEY_VALUE, SerialSettings.of(9600), 4, 20, intelLab()))
                        .orElseThrow()) {
            SensorsPart part = showSensors(window);
            ConnectDeviceDialog dialog = new ConnectDeviceDialog(main, acquisition, session.store());
            dialog.setBlockOnOpen(false);
            dialog.open();
            waitFor(display, () -> Optional.of(dialog.profile()).filter(c -> c.getItemCount() > 0),
                    "the device profiles read from the store");
            dialog.port().setText(pair.portA().toString());
            dialog.unit().setText("CF1");
            assertTrue(dialog.profile().getText().startsWith("Key=value sensor"), dialog.profile().getText());
            assertNotNull(dialog.testRead());
            waitFor(display, () -> Optional.of(dialog.values()).filter(t -> t.getItemCount() >= 12),
                    "the values of the test read");
            assertTrue(dialog.values().getItem(0).getText(0).matches("S0[1-4]"), dialog.values().getItem(0).getText(0));
            assertEquals("Temperature", dialog.values().getItem(0).getText(1));
            assertTrue(dialog.values().getItem(0).getText(2).endsWith(" °C"), dialog.values().getItem(0).getText(2));
            screenshot(dialog.getShell(), "sensors-connect.png");
            press(dialog.getShell(), "Record");

            waitFor(display, () -> Optional.of(part.ports()).filter(t -> t.getItemCount() == 1
                    && Long.parseLong(t.getItem(0).getText(4).replace(",", "")) >= 600),
                    "the port listed with ten seconds of readings stored");
            assertTrue(part.ports().getItem(0).getText(0).endsWith("/ttyGrenierA"), part.ports().getItem(0).getText(0));
            assertEquals("receiving", part.ports().getItem(0).getText(2));
            waitFor(display, () -> Optional.of(part.chart()).filter(c -> c.lineCount() == 4),
                    "one line per sensor on the chart");
            String message = "Storage unit CF1: door left open at " + Instant.now();
            session.store().sensors().raise(new Alert(0, "CF1", "S01", Measure.TEMPERATURE, AlertKind.TOO_HIGH,
                    Instant.now(), 31.2, message, Optional.empty())).orElseThrow();
            int row = waitFor(display, () -> rowWith(part.alerts(), message), "the alert listed");
            assertEquals("31.2 °C", part.alerts().getItem(row).getText(3), "the reading, with its unit");
            waitFor(display, () -> Optional.of(part.chart()).filter(c -> c.lineCount() == 4), "the chart redrawn");
            screenshot(main, "sensors-live.png");
            part.alerts().select(row);
            part.alerts().notifyListeners(SWT.Selection, new Event());
            press(main, "Acknowledge");
            waitFor(display, () -> rowWith(part.alerts(), message).filter(i -> part.alerts().getItem(i).getText(4)
                    .equals("acknowledged")), "the alert acknowledged");
            assertTrue(acquisition.stop(pair.portA().toString()).value().committed() > 0);
        } finally {
            show(window, org.grenier.ui.parts.StorePart.ID);
        }
    }

    private static Optional<Integer> rowWith(org.eclipse.swt.widgets.Table table, String message) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(5).equals(message)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The Intel lab logs when they sit beside the repository; tests never need them. */
    private static Optional<Path> intelLab() {
        return Optional.ofNullable(System.getProperty("grenier.repo")).map(repo -> Path.of(repo).resolve(
                "../shared/data/sensors").normalize()).filter(folder -> Files.isRegularFile(folder.resolve(
                        "intelTemperatureTrain.csv")));
    }

    private static SensorsPart showSensors(MWindow window) {
        return assertInstanceOf(SensorsPart.class, show(window, SensorsPart.ID));
    }

    private static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(SensorsPart.class).getBundleContext();
        T service = context.getService(context.getServiceReference(type));
        assertNotNull(service, type.getName());
        return service;
    }
}
