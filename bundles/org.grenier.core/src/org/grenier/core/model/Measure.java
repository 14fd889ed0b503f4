package org.grenier.core.model;

/** What a storage sensor measures, with the unit its readings are stored in. */
public enum Measure {
    TEMPERATURE("°C"), RELATIVE_HUMIDITY("%"), CO2("ppm"), GRAIN_MOISTURE("%");

    private final String unit;

    Measure(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
