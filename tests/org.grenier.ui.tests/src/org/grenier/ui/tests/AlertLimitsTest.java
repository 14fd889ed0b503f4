package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.press;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.grenier.core.ComputeSettings;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Store;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.preferences.PreferencesDialog;
import org.grenier.ui.preferences.SensorsPreferencePage;
import org.grenier.ui.sensors.AlertLimitsDialog;
import org.grenier.ui.sensors.AlertLimitsEditor;
import org.grenier.ui.sensors.SensorsPart;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limits of a storage unit from the Sensors part, and of every unit from Preferences > Sensors: a value that does
 * not read is refused with what was typed, a decimal comma is read, the store keeps what OK saves, and Edit > Undo
 * takes each change back.
 */
class AlertLimitsTest {

    private Store store;
    private String unit;
    private List<AlertRule> unitsOwn = List.of();

    @AfterEach
    void backToTheDemoLimits() {
        if (store != null) {
            if (unit != null) {
                store.sensors().replaceAlertRules(unit, unitsOwn).orElseThrow();
            }
            store.sensors().replaceAlertRules(AlertRule.EVERY_UNIT, List.of()).orElseThrow();
        }
        EditHistory.forget();
    }

    @Test
    void aUnitsOwnLimitsAreSavedFromTheSensorsPartAndUndone() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        store = session.store();
        EditHistory.forget();
        try {
            SensorsPart part = assertInstanceOf(SensorsPart.class, Workbench.show(window, SensorsPart.ID));
            unit = waitFor(display, () -> Optional.ofNullable(part.shown()).map(v -> v.unit())
                    .filter(u -> part.limits().isEnabled()), "a storage unit shown");
            unitsOwn = store.sensors().alertRules().orElseThrow().stream()
                    .filter(r -> r.storageUnitCode().equals(unit)).toList();
            Optional<AlertRule> before = ownTemperature();
            part.limits().notifyListeners(SWT.Selection, new Event());
            Shell shell = waitFor(display, () -> Arrays.stream(display.getShells()).filter(s -> s.isVisible()
                    && s.getText().equals(NLS.bind(Messages.Limits_Title, unit))).findFirst(), "the limits dialog");
            AlertLimitsDialog dialog = assertInstanceOf(AlertLimitsDialog.class, shell.getData());
            List<Object> row = dialog.editor().row(Measure.TEMPERATURE);
            Text low = (Text) row.get(1);
            Text high = (Text) row.get(2);
            Button own = (Button) row.get(0);
            assertEquals(before.isPresent(), own.getSelection());
            assertEquals(before.isPresent(), high.isEnabled(), "greyed while the unit follows every unit");
            List<Object> co2 = dialog.editor().row(Measure.CO2);
            assertFalse(((Button) co2.get(0)).getSelection() || ((Text) co2.get(2)).isEnabled(),
                    "no unit of the demo has a CO2 limit of its own: the row follows every unit, greyed");
            own.setSelection(true);
            own.notifyListeners(SWT.Selection, new Event());
            low.setText("deux");
            assertFalse(dialog.canSave(), "OK waits for values that read");
            assertEquals(NLS.bind(Messages.Limits_NotANumber, new Object[] { Messages.Measure_TEMPERATURE,
                    Messages.Limits_Low, "deux" }), dialog.getErrorMessage());
            low.setText("2");
            high.setText("8,5");
            assertTrue(dialog.canSave(), dialog.getErrorMessage());
            Workbench.screenshot(shell, "sensor-limits.png");
            press(shell, IDialogConstants.OK_LABEL);
            waitFor(display, () -> ownTemperature().filter(r -> r.high().equals(OptionalDouble.of(8.5))
                    && r.low().equals(OptionalDouble.of(2))), "the cold limits kept in the store");
            waitFor(display, () -> Optional.of(part.shown()).filter(v -> v.limit() == 8.5),
                    "the chart's limit line at 8.5");
            assertEquals(NLS.bind(Messages.Edit_Limits, unit), EditHistory.undoLabel());

            Workbench.run(window.getContext(), "undo", Map.of());
            waitFor(display, () -> ownTemperature().equals(before) ? Optional.of(true) : Optional.empty(),
                    "undo: the unit's temperature limits as they were");
        } finally {
            Workbench.show(window, org.grenier.ui.parts.StorePart.ID);
        }
    }

    @Test
    void everyUnitsLimitsAreSavedFromPreferencesAndUndone() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        store = session.store();
        EditHistory.forget();
        PreferenceDialog dialog = PreferencesDialog.create(main, OsgiServices.get(ComputeSettings.class), session,
                PreferencesDialog.SENSORS);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            SensorsPreferencePage page = assertInstanceOf(SensorsPreferencePage.class, dialog.getSelectedPage());
            waitFor(display, () -> Optional.of(page).filter(SensorsPreferencePage::ready), "the limits read");
            AlertLimitsEditor editor = page.editor();
            Text humidity = (Text) editor.row(Measure.RELATIVE_HUMIDITY).get(2);
            assertEquals("80", humidity.getText());
            humidity.setText("75");
            Text co2 = (Text) editor.row(Measure.CO2).get(2);
            co2.setText("1 500");
            assertTrue(page.isValid(), page.getErrorMessage());
            Workbench.screenshot(dialog.getShell(), "preferences-sensors.png");
            Workbench.pressOk(dialog.getShell());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        waitFor(display, () -> everyUnit(Measure.RELATIVE_HUMIDITY).filter(r -> r.high().equals(OptionalDouble.of(75))),
                "every unit's humidity limit at 75 %");
        assertEquals(OptionalDouble.of(1500), everyUnit(Measure.CO2).orElseThrow().high(), "spaces in 1 500 read");
        assertEquals(OptionalDouble.of(30), everyUnit(Measure.TEMPERATURE).orElseThrow().high(), "unchanged");
        Workbench.run(window.getContext(), "undo", Map.of());
        waitFor(display, () -> everyUnit(Measure.RELATIVE_HUMIDITY).filter(r -> r.high().equals(OptionalDouble.of(80))),
                "undo: back to 80 %");
        assertTrue(everyUnit(Measure.CO2).isEmpty(), "no CO2 limit again");
    }

    private Optional<AlertRule> ownTemperature() {
        return rule(unit, Measure.TEMPERATURE);
    }

    private Optional<AlertRule> everyUnit(Measure measure) {
        return rule(AlertRule.EVERY_UNIT, measure);
    }

    private Optional<AlertRule> rule(String code, Measure measure) {
        return store.sensors().alertRules().orElseThrow().stream().filter(r -> r.storageUnitCode().equals(code)
                && r.measure() == measure).findFirst();
    }
}
