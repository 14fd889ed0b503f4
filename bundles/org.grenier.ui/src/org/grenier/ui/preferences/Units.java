package org.grenier.ui.preferences;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.osgi.util.NLS;
import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;

/**
 * The units a person reads and types values in, chosen in Preferences > Units: the temperature scale and the currency
 * of money amounts. Temperatures are converted (the store keeps Celsius); money is only labelled, never converted,
 * because the amounts are in whatever currency the imported prices were. Read at each use, so parts redraw with a new
 * choice without a restart.
 */
public record Units(TemperatureScale temperature, Currency currency) {

    /** Currencies offered first; any other ISO 4217 code can be typed. */
    public static final List<String> COMMON_CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "CAD", "XOF", "MAD");

    static final String TEMPERATURE = "units.temperature";
    static final String CURRENCY = "units.currency";

    /** Celsius, and the currency of the computer's country (euros when it has none, as for "en"). */
    public static Units builtIn() {
        Currency local = null;
        try {
            local = Currency.getInstance(Locale.getDefault(Locale.Category.FORMAT));
        } catch (IllegalArgumentException noCountry) {
            // a locale without a country has no currency: the euro, Grenier's home one
        }
        return new Units(TemperatureScale.CELSIUS, local == null ? Currency.getInstance("EUR") : local);
    }

    /** The saved units; the built-in ones for any value missing or edited into nonsense in the file. */
    public static Units saved() {
        IEclipsePreferences node = WorkbenchPreferences.node();
        Units builtIn = builtIn();
        try {
            String scale = node.get(TEMPERATURE, null);
            String code = node.get(CURRENCY, null);
            return new Units(scale == null ? builtIn.temperature() : TemperatureScale.valueOf(scale),
                    code == null ? builtIn.currency() : Currency.getInstance(code));
        } catch (IllegalArgumentException edited) {
            return builtIn;
        }
    }

    /** The currency with this ISO 4217 code, as typed ("eur" too); an error naming what was typed otherwise. */
    public static Result<Currency> currency(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        int space = code.indexOf(' ');
        code = space < 0 ? code : code.substring(0, space); // "EUR – euro" as listed
        try {
            return Result.ok(Currency.getInstance(code));
        } catch (IllegalArgumentException unknown) {
            return Result.error(NLS.bind(Messages.Units_UnknownCurrency, typed));
        }
    }

    /** Keeps these units for every part, now and at the next start. */
    public Result<Units> save() {
        IEclipsePreferences node = WorkbenchPreferences.node();
        node.put(TEMPERATURE, temperature.name());
        node.put(CURRENCY, currency.getCurrencyCode());
        return WorkbenchPreferences.flushed(this, "units");
    }

    /** Forgets the chosen units, so the built-in ones apply again. */
    public static Result<Units> reset() {
        IEclipsePreferences node = WorkbenchPreferences.node();
        node.remove(TEMPERATURE);
        node.remove(CURRENCY);
        return WorkbenchPreferences.flushed(builtIn(), "units");
    }

    /** Calls back (on the thread that saved) whenever the units change; the returned action stops it. */
    public static Runnable whenChanged(Runnable callback) {
        return WorkbenchPreferences.whenChanged(key -> key.startsWith("units."), callback);
    }

    /** The unit a measure is shown in: the chosen scale for temperatures, the stored unit otherwise. */
    public String symbol(Measure measure) {
        return measure == Measure.TEMPERATURE ? temperature.symbol() : measure.unit();
    }

    /** A stored value of a measure, as shown. */
    public double shown(Measure measure, double stored) {
        return measure == Measure.TEMPERATURE ? temperature.shown(stored) : stored;
    }

    /** How stored values of a measure become shown ones. */
    public java.util.function.DoubleUnaryOperator shownIn(Measure measure) {
        return stored -> shown(measure, stored);
    }

    /** A value of a measure as typed, as stored. */
    public double stored(Measure measure, double shown) {
        return measure == Measure.TEMPERATURE ? temperature.celsius(shown) : shown;
    }

    /** A stored change of a measure (a rate an hour), as shown. */
    public double shownChange(Measure measure, double stored) {
        return measure == Measure.TEMPERATURE ? temperature.shownChange(stored) : stored;
    }

    /** A change of a measure as typed, as stored. */
    public double storedChange(Measure measure, double shown) {
        return measure == Measure.TEMPERATURE ? temperature.celsiusChange(shown) : shown;
    }

    /** The currency's sign in the person's language: "€", "$US" in French, "CHF". */
    public String money() {
        return currency.getSymbol(Numbers.locale());
    }

    /** A heading with the currency: "Holding (€)". */
    public String moneyHeading(String heading) {
        return heading + " (" + money() + ")";
    }

    /** An amount with the currency, no decimals: "12 345 €" in French, "€12,345" in English. */
    public String amount(double value) {
        if (!Double.isFinite(value)) {
            return Numbers.number(value, 0);
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Numbers.locale());
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** The currency as listed in the preferences: "EUR – euro". */
    public static String listed(Currency currency) {
        return currency.getCurrencyCode() + " \u2013 " + currency.getDisplayName(Numbers.locale());
    }
}
