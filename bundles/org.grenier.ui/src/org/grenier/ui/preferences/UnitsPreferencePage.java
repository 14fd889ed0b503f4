package org.grenier.ui.preferences;

import java.util.Arrays;
import java.util.Currency;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.Result;
import org.grenier.ui.Messages;

/**
 * Preferences > Units: the temperature scale and the currency. Parts showing temperatures or amounts redraw at once.
 * The currency list offers the common ones; any ISO 4217 code can be typed.
 */
public class UnitsPreferencePage extends PreferencePage {

    private Combo temperature;
    private Combo currency;

    public UnitsPreferencePage() {
        super(Messages.Preferences_Units);
        setDescription(Messages.Preferences_UnitsDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText(Messages.Preferences_Temperature);
        temperature = new Combo(page, SWT.READ_ONLY);
        temperature.setItems(Arrays.stream(TemperatureScale.values()).map(TemperatureScale::label)
                .toArray(String[]::new));
        new Label(page, SWT.NONE).setText(Messages.Preferences_Currency);
        currency = new Combo(page, SWT.DROP_DOWN);
        currency.setItems(Units.COMMON_CURRENCIES.stream().map(Currency::getInstance).map(Units::listed)
                .toArray(String[]::new));
        currency.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        currency.addListener(SWT.Modify, event -> check());
        Label note = new Label(page, SWT.WRAP);
        note.setText(Messages.Preferences_CurrencyNote);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 380;
        note.setLayoutData(wide);
        show(Units.saved());
        return page;
    }

    private void show(Units units) {
        temperature.select(units.temperature().ordinal());
        currency.setText(Units.listed(units.currency()));
        check();
    }

    private void check() {
        Result<Currency> typed = Units.currency(currency.getText());
        setErrorMessage(typed.failed() ? typed.message() : null);
        setValid(!typed.failed());
    }

    @Override
    protected void performDefaults() {
        show(Units.builtIn());
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (temperature == null) {
            return true; // never shown, nothing changed
        }
        Units chosen = chosen();
        if (chosen.equals(Units.saved())) {
            return true;
        }
        Result<Units> saved = chosen.save();
        if (saved.failed()) {
            setErrorMessage(saved.message());
            return false;
        }
        return true;
    }

    /** The units as chosen on the page; the currency must be valid (OK is disabled otherwise). */
    public Units chosen() {
        return new Units(TemperatureScale.values()[temperature.getSelectionIndex()],
                Units.currency(currency.getText()).orElseThrow());
    }

    /** The temperature scales, for tests that choose as a user would. */
    public Combo temperature() {
        return temperature;
    }

    /** The currency, for tests that type as a user would. */
    public Combo currency() {
        return currency;
    }
}
