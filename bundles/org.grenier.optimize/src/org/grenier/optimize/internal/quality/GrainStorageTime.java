package org.grenier.optimize.internal.quality;

import org.grenier.core.quality.Crop;

/**
 * Allowable storage time of grain, in days, from its temperature (°C) and moisture content (% wet basis).
 * <ul>
 * <li>Shelled corn: ASAE D535, "Shelled corn storage time for 0.5 % dry matter loss" (Thompson, 1972, Trans. ASAE
 * 15(2):333-337), with the standard's revised temperature multiplier below 15.6 °C and 30 % kernel damage (multiplier
 * 2.08 exp(-0.0239 D) = 1.02). Dry matter loss follows CO2 = 1.3 (exp(0.006 t) - 1) + 0.015 t grams per kg after t
 * equivalent hours at 15.6 °C and 25 % moisture; 0.5 % loss is 7.35 g CO2 per kg.</li>
 * <li>Wheat: Fraser and Muir (1981), "Airflow requirements predicted for drying grain with ambient and solar-heated
 * air in Canada", Trans. ASAE 24(1):208-210: days until germination falls to 95 %, 10^(6.234 - 0.2118 M - 0.0527 T).
 * </li>
 * </ul>
 */
public final class GrainStorageTime {

    private static final double CO2_AT_HALF_PERCENT_LOSS = 7.35;
    private static final double DAMAGE_MULTIPLIER = 2.08 * Math.exp(-0.0239 * 30);
    private static final double REFERENCE_HOURS = referenceHours();

    private GrainStorageTime() {
    }

    public static double days(Crop crop, double temperature, double moisture) {
        return switch (crop) {
            case SHELLED_CORN -> corn(temperature, moisture);
            case WHEAT -> Math.pow(10, 6.234 - 0.2118 * moisture - 0.0527 * temperature);
        };
    }

    private static double corn(double temperature, double moisture) {
        double dryBasis = 100 * moisture / (100 - moisture);
        double moistureMultiplier = 0.103 * (Math.exp(455 / Math.pow(dryBasis, 1.53)) - 0.00845 * dryBasis + 1.558);
        return REFERENCE_HOURS * temperatureMultiplier(temperature, moisture) * moistureMultiplier * DAMAGE_MULTIPLIER
                / 24;
    }

    private static double temperatureMultiplier(double temperature, double moisture) {
        if (temperature < 15.6) {
            double fahrenheit = 1.8 * temperature + 32;
            return 128.389 * Math.exp(-4.86 * fahrenheit / 60);
        }
        double multiplier = 32.3 * Math.exp(-0.1044 * temperature - 1.856);
        if (moisture > 19) {
            // the standard's correction for warm, wet corn; it was fitted up to 28 % moisture
            multiplier += (Math.min(moisture, 28) - 19) / 100 * Math.exp(0.0183 * temperature - 0.2847);
        }
        return multiplier;
    }

    /** Equivalent hours at the reference conditions until 0.5 % dry matter is lost (Newton's method; about 231 h). */
    private static double referenceHours() {
        double t = 200;
        for (int step = 0; step < 50; step++) {
            double f = 1.3 * (Math.exp(0.006 * t) - 1) + 0.015 * t - CO2_AT_HALF_PERCENT_LOSS;
            double slope = 1.3 * 0.006 * Math.exp(0.006 * t) + 0.015;
            t -= f / slope;
        }
        return t;
    }
}
