package org.grenier.ui.preferences;

import org.grenier.ui.Messages;

/**
 * The scale temperatures are read and typed in. The store, the sensors' files and the quality models all stay in
 * degrees Celsius; only what a person sees and types is converted, so a change of scale never rewrites data.
 */
public enum TemperatureScale {
    CELSIUS("\u00b0C", 1, 0), FAHRENHEIT("\u00b0F", 1.8, 32);

    private final String symbol;
    private final double factor;
    private final double offset;

    TemperatureScale(String symbol, double factor, double offset) {
        this.symbol = symbol;
        this.factor = factor;
        this.offset = offset;
    }

    public String symbol() {
        return symbol;
    }

    /** The name shown in the preferences: "degrees Celsius (°C)". */
    public String label() {
        return (this == CELSIUS ? Messages.Units_Celsius : Messages.Units_Fahrenheit) + " (" + symbol + ")";
    }

    /** A temperature in degrees Celsius, on this scale. */
    public double shown(double celsius) {
        return celsius * factor + offset;
    }

    /** A temperature on this scale, in degrees Celsius. */
    public double celsius(double shown) {
        return (shown - offset) / factor;
    }

    /** A change of temperature (a rate, a difference) in Celsius degrees, on this scale: no offset, only the size. */
    public double shownChange(double celsiusChange) {
        return celsiusChange * factor;
    }

    /** A change of temperature on this scale, in Celsius degrees. */
    public double celsiusChange(double shownChange) {
        return shownChange / factor;
    }
}
