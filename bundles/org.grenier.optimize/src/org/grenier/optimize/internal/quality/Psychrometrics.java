package org.grenier.optimize.internal.quality;

import org.grenier.core.quality.Crop;

/** Moist air and grain in equilibrium with it. */
final class Psychrometrics {

    private Psychrometrics() {
    }

    /**
     * Dew point (°C) of air at a temperature (°C) and relative humidity (%): the Magnus formula with the constants of
     * Alduchov and Eskridge (1996), J. Appl. Meteor. 35:601-609, within 0.35 °C from -40 to 60 °C.
     */
    static double dewPoint(double temperature, double humidity) {
        double gamma = Math.log(Math.max(humidity, 0.1) / 100) + 17.625 * temperature / (243.04 + temperature);
        return 243.04 * gamma / (17.625 - gamma);
    }

    /**
     * The relative humidity (%) above which mould grows at a temperature (°C): the VTT model's critical curve (Hukka
     * and Viitanen, 1999, Wood Sci. Technol. 33:475-485), 80 % from 20 °C up.
     */
    static double mouldCriticalHumidity(double temperature) {
        if (temperature > 20) {
            return 80;
        }
        double t = temperature;
        return Math.min(100, -0.00267 * t * t * t + 0.160 * t * t - 3.13 * t + 100);
    }

    /**
     * Equilibrium moisture content (% wet basis) of grain in air at a temperature (°C) and relative humidity (%):
     * the modified Henderson equation of ASAE D245.5, M = [-ln(1 - RH) / (K (T + C))]^(1/N) % dry basis, with the
     * standard's constants for shelled yellow corn and hard red wheat.
     */
    static double equilibriumMoisture(Crop crop, double temperature, double humidity) {
        double k;
        double n;
        double c;
        if (crop == Crop.SHELLED_CORN) {
            k = 8.6541e-5;
            n = 1.8634;
            c = 49.810;
        } else {
            k = 2.3007e-5;
            n = 2.2857;
            c = 55.815;
        }
        double rh = Math.min(Math.max(humidity, 0.1), 99.9) / 100;
        double dryBasis = Math.pow(-Math.log(1 - rh) / (k * (temperature + c)), 1 / n);
        return 100 * dryBasis / (100 + dryBasis);
    }
}
