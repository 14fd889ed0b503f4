package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.ComputeSettings;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Store;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.planning.ScenariosPart;
import org.grenier.ui.planning.StorageRiskPart;
import org.grenier.ui.preferences.PreferencesDialog;
import org.grenier.ui.preferences.TemperatureScale;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.preferences.UnitsPreferencePage;
import org.grenier.ui.sensors.AlertLimitsDialog;
import org.grenier.ui.sensors.SensorsPart;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Preferences > Units: a technician who reads Fahrenheit sees the demo's vaccine fridge in °F at once (its readings,
 * its limit line, its limits typed and saved back in Celsius), and a planner's amounts name the currency chosen.
 */
class UnitsTest {

    private static final String FRIDGE = "PHARMA-F1";

    private Store store;
    private List<AlertRule> fridgeOwn = List.of();

    @AfterEach
    void backToCelsius() {
        Units.reset().orElseThrow();
        if (store != null) {
            store.sensors().replaceAlertRules(FRIDGE, fridgeOwn).orElseThrow();
        }
        EditHistory.forget();
    }

    @Test
    void temperaturesConvertAndChangesConvertWithoutTheOffset() {
        TemperatureScale f = TemperatureScale.FAHRENHEIT;
        assertEquals(46.4, f.shown(8), 1e-9);
        assertEquals(8, f.celsius(46.4), 1e-9);
        assertEquals(-40, f.shown(-40), 1e-9, "the scales cross at -40");
        assertEquals(18, f.shownChange(10), 1e-9, "a rise of 10 °C an hour is 18 °F an hour, not 50");
        assertEquals(10, f.celsiusChange(18), 1e-9);
        Units units = new Units(f, Currency.getInstance("CHF"));
        assertEquals(80, units.shown(Measure.RELATIVE_HUMIDITY, 80), "humidity is not a temperature");
        assertEquals("°F", units.symbol(Measure.TEMPERATURE));
        assertEquals("ppm", units.symbol(Measure.CO2));
        assertEquals(Currency.getInstance("CHF"), Units.currency(" chf ").orElseThrow());
        assertEquals(Currency.getInstance("EUR"), Units.currency("EUR \u2013 euro").orElseThrow(), "as listed");
        assertTrue(Units.currency("EURO").failed());
        assertEquals(NLS.bind(Messages.Units_UnknownCurrency, "EURO"), Units.currency("EURO").message());
    }

    @Test
    void fahrenheitAndFrancsApplyAtOnceAndLimitsAreKeptInCelsius() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        store = session.store();
        fridgeOwn = store.sensors().alertRules().orElseThrow().stream()
                .filter(r -> r.storageUnitCode().equals(FRIDGE)).toList();
        Units.reset().orElseThrow();
        store.sensors().append(fridgeToday()).orElseThrow();
        SensorsPart part = assertInstanceOf(SensorsPart.class, Workbench.show(window, SensorsPart.ID));
        try {
            part.pick(FRIDGE, 1);
            waitFor(display, () -> Optional.of(part.chart()).filter(c -> FRIDGE.equals(part.shown() == null ? null
                    : part.shown().unit()) && "°C".equals(c.valueAxis()) && c.lineCount() > 0), "the fridge in °C");
            assertEquals(List.of(8.0), part.chart().valueMarkers(), "the fridge's own 8 °C limit");

            choose(display, main, TemperatureScale.FAHRENHEIT, "CHF");

            double[] fahrenheit = waitFor(display, () -> Optional.of(part.chart()).filter(c -> "°F".equals(
                    c.valueAxis())).map(c -> c.valueRange()), "the chart redrawn in °F without a restart");
            double[] celsius = storedRange(part.shown()); // what the chart just drew from
            assertEquals(celsius[1] * 1.8 + 32, fahrenheit[1], 1e-6, "the warmest reading, converted");
            assertEquals(celsius[0] * 1.8 + 32, fahrenheit[0], 1e-6, "the coldest reading, converted");
            assertEquals(46.4, part.chart().valueMarkers().get(0), 1e-9, "the limit line at 46.4 °F");
            Workbench.screenshot(main, "units-fahrenheit.png");
            limitsTypedInFahrenheit(display, part);
            amountsNameTheCurrency(display, window);
            riskInFahrenheit(display, window);
        } finally {
            part.pick(null, 0); // back to following the first unit with readings, as other tests expect
            Workbench.show(window, org.grenier.ui.parts.StorePart.ID);
        }
    }

    /** The lowest and highest values of a view's lines, as stored (°C). */
    private static double[] storedRange(org.grenier.ui.sensors.SensorView view) {
        double[] all = view.lines().values().stream().flatMapToDouble(l -> Arrays.stream(l.values())).toArray();
        return new double[] { Arrays.stream(all).min().orElseThrow(), Arrays.stream(all).max().orElseThrow() };
    }

    /** The vaccine fridge's last day, a reading every ten minutes between 3 and 7 °C (the demo's fortnight is old). */
    private static List<SensorReading> fridgeToday() {
        List<SensorReading> readings = new ArrayList<>();
        Instant now = Instant.now();
        for (int step = 144; step >= 0; step--) {
            readings.add(new SensorReading("UNITS-T", FRIDGE, now.minus(Duration.ofMinutes(10L * step)),
                    Measure.TEMPERATURE, Math.round((5 + 2 * Math.sin(step / 9.0)) * 100) / 100.0));
        }
        return readings;
    }

    /** Chooses the units on Preferences > Units and presses OK, as a person would. */
    private static void choose(Display display, Shell main, TemperatureScale scale, String currency)
            throws java.io.IOException {
        PreferenceDialog dialog = PreferencesDialog.create(main, OsgiServices.get(ComputeSettings.class),
                PreferencesDialog.UNITS);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UnitsPreferencePage page = assertInstanceOf(UnitsPreferencePage.class, dialog.getSelectedPage());
            page.currency().setText("EURO");
            assertFalse(page.isValid(), "an unknown currency keeps OK waiting");
            assertEquals(NLS.bind(Messages.Units_UnknownCurrency, "EURO"), page.getErrorMessage());
            page.temperature().select(scale.ordinal());
            page.currency().setText(currency);
            assertTrue(page.isValid(), page.getErrorMessage());
            Workbench.screenshot(dialog.getShell(), "preferences-units.png");
            Workbench.pressOk(dialog.getShell());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(new Units(scale, Currency.getInstance(currency.toUpperCase())), Units.saved());
    }

    /** The fridge's limits shown in °F; 50 °F typed is kept as 10 °C, and Edit > Undo takes it back. */
    private void limitsTypedInFahrenheit(Display display, SensorsPart part) {
        part.limits().notifyListeners(SWT.Selection, new Event());
        Shell shell = waitFor(display, () -> Arrays.stream(display.getShells()).filter(s -> s.isVisible()
                && s.getText().equals(NLS.bind(Messages.Limits_Title, FRIDGE))).findFirst(), "the limits dialog");
        AlertLimitsDialog dialog = assertInstanceOf(AlertLimitsDialog.class, shell.getData());
        List<Object> row = dialog.editor().row(Measure.TEMPERATURE);
        assertEquals("35.6", ((Text) row.get(1)).getText(), "2 °C");
        assertEquals("46.4", ((Text) row.get(2)).getText(), "8 °C");
        assertEquals("5.4", ((Text) row.get(3)).getText(), "3 °C an hour is 5.4 °F an hour");
        assertTrue(Workbench.find(shell, Label.class, l -> l.getText().endsWith("(°F)")).isPresent());
        ((Text) row.get(2)).setText("50");
        assertTrue(dialog.canSave(), dialog.getErrorMessage());
        Workbench.press(shell, IDialogConstants.OK_LABEL);
        waitFor(display, () -> fridgeTemperature().filter(r -> r.high().equals(OptionalDouble.of(10))
                && r.low().equals(OptionalDouble.of(2)) && r.maxChangePerHour().equals(OptionalDouble.of(3))),
                "50 °F kept as 10 °C, the untouched limits as they were");
        waitFor(display, () -> Optional.of(part.chart().valueMarkers()).filter(m -> m.equals(List.of(50.0))),
                "the limit line at 50 °F");
        MWindow window = assertInstanceOf(MWindow.class,
                mainWindow(display).getData("modelElement"));
        Workbench.run(window.getContext(), "undo", Map.of());
        waitFor(display, () -> fridgeTemperature().filter(r -> r.high().equals(OptionalDouble.of(8))),
                "undo: 8 °C again");
    }

    private static void amountsNameTheCurrency(Display display, MWindow window) {
        ScenariosPart scenarios = assertInstanceOf(ScenariosPart.class, Workbench.show(window, ScenariosPart.ID));
        String budget = NLS.bind(Messages.Scenarios_Budget, "CHF");
        waitFor(display, () -> Workbench.find(scenarios.budget().getParent(), Label.class,
                l -> l.getText().equals(budget)), "the budget in francs");
        Table costs = scenarios.storageCosts().table();
        assertEquals(Messages.Costs_Fifo + " (CHF)", costs.getColumn(1).getText());
        org.grenier.ui.planning.RecommendationsPart orders = assertInstanceOf(
                org.grenier.ui.planning.RecommendationsPart.class, Workbench.show(window,
                        org.grenier.ui.planning.RecommendationsPart.ID));
        assertTrue(Arrays.stream(orders.orders().table().getColumns()).anyMatch(c -> c.getText().equals(
                Messages.Plan_Value + " (CHF)")), "the orders' value in francs");
    }

    private static void riskInFahrenheit(Display display, MWindow window) {
        StorageRiskPart risk = assertInstanceOf(StorageRiskPart.class, Workbench.show(window, StorageRiskPart.ID));
        String temperature = waitFor(display, () -> Arrays.stream(risk.table().getItems())
                .filter(i -> i.getText(0).equals(FRIDGE)).map(i -> i.getText(3)).findFirst()
                .filter(t -> !t.isEmpty()), "the fridge's risk");
        assertTrue(temperature.endsWith(" °F"), temperature);
    }

    private Optional<AlertRule> fridgeTemperature() {
        return store.sensors().alertRules().orElseThrow().stream().filter(r -> r.storageUnitCode().equals(FRIDGE)
                && r.measure() == Measure.TEMPERATURE).findFirst();
    }
}
