package org.grenier.optimize.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grenier.core.quality.Crop;
import org.junit.jupiter.api.Test;

class PsychrometricsTest {

    @Test
    void dewPointOfThePsychrometricTables() {
        // 20 °C at 50 % condenses below 9.3 °C; saturated air condenses at its own temperature.
        assertEquals(9.26, Psychrometrics.dewPoint(20, 50), 0.02);
        assertEquals(25, Psychrometrics.dewPoint(25, 100), 1e-9);
        assertEquals(0.05, Psychrometrics.dewPoint(10, 50), 0.1);
    }

    @Test
    void mouldNeedsWetterAirWhenCold() {
        assertEquals(80.04, Psychrometrics.mouldCriticalHumidity(20), 0.01);
        assertEquals(80, Psychrometrics.mouldCriticalHumidity(28), 1e-9);
        assertEquals(82.03, Psychrometrics.mouldCriticalHumidity(10), 0.01);
        assertEquals(100, Psychrometrics.mouldCriticalHumidity(0), 1e-9);
    }

    @Test
    void grainComesToTheMoistureOfTheAirAroundIt() {
        // ASAE D245.5 corn at 25 °C and 65 %: 15.35 % dry basis, 13.3 % wet basis.
        assertEquals(13.3, Psychrometrics.equilibriumMoisture(Crop.SHELLED_CORN, 25, 65), 0.05);
        double wheat = Psychrometrics.equilibriumMoisture(Crop.WHEAT, 25, 65);
        assertTrue(wheat > 13 && wheat < 14.5, "wheat at 25 °C and 65 %: " + wheat);
        assertTrue(Psychrometrics.equilibriumMoisture(Crop.WHEAT, 10, 85) > wheat, "damp air wets grain");
    }

    @Test
    void meanKineticTemperatureWeighsTheWarmHours() {
        assertEquals(5, KineticTemperature.of(new double[] { 5, 5, 5 }), 1e-9);
        // 20 and 30 °C: the arithmetic mean is 25, the kinetic one 26.26 (warm hours degrade faster)
        assertEquals(26.26, KineticTemperature.of(new double[] { 20, 30 }), 0.01);
        assertTrue(Double.isNaN(KineticTemperature.of(new double[0])));
    }
}
