package org.grenier.optimize.internal.quality;

/**
 * Mean kinetic temperature (Haynes, 1971, J. Pharm. Sci. 60:927; USP general chapter 1160): the single temperature
 * that would degrade a product as much as the varying temperatures it saw, with the activation energy USP sets,
 * ΔH = 83.144 kJ/mol, so that ΔH / R = 10,000 K.
 */
final class KineticTemperature {

    private static final double ACTIVATION_OVER_R = 83.144 / 8.3144e-3;
    private static final double KELVIN = 273.15;

    private KineticTemperature() {
    }

    /** MKT (°C) of equally spaced temperatures (°C); NaN when there are none. */
    static double of(double[] temperatures) {
        if (temperatures.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double t : temperatures) {
            sum += Math.exp(-ACTIVATION_OVER_R / (t + KELVIN));
        }
        return ACTIVATION_OVER_R / -Math.log(sum / temperatures.length) - KELVIN;
    }
}
