package org.grenier.optimize.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grenier.core.quality.Crop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The storage-time models against the tables published with them. */
class GrainStorageTimeTest {

    /**
     * ASAE D535 shelled corn storage time (days to 0.5 % dry matter loss) as tabulated by Midwest Ag Systems,
     * "Maximum allowable storage time": moisture % wet basis, then days at 40, 50, 60, 70 and 80 °F.
     */
    @ParameterizedTest(name = "corn at {0} % moisture")
    @CsvSource({ "16, 763, 339, 151, 85, 47", "18, 291, 130, 58, 32, 18", "20, 144, 64, 29, 16, 9",
            "24, 57, 26, 11, 7, 4", "28, 33, 15, 7, 4, 3" })
    void cornMatchesTheAsaeTable(double moisture, double at40, double at50, double at60, double at70, double at80) {
        double[] published = { at40, at50, at60, at70, at80 };
        for (int column = 0; column < published.length; column++) {
            double celsius = ((40 + 10 * column) - 32) / 1.8;
            double days = GrainStorageTime.days(Crop.SHELLED_CORN, celsius, moisture);
            assertEquals(published[column], days, Math.max(1, 0.02 * published[column]),
                    "corn at " + moisture + " % and " + (40 + 10 * column) + " °F");
        }
    }

    /** Fraser and Muir's wheat at 14.5 % moisture: 38, 128 and 1,458 safe days at 30, 20 and 0 °C. */
    @ParameterizedTest(name = "wheat at {0} °C")
    @CsvSource({ "30, 38", "20, 128", "0, 1458" })
    void wheatMatchesFraserAndMuir(double celsius, double published) {
        assertEquals(published, GrainStorageTime.days(Crop.WHEAT, celsius, 14.5), 0.01 * published);
    }

    @Test
    void warmerAndWetterGrainKeepsLess() {
        for (Crop crop : Crop.values()) {
            double base = GrainStorageTime.days(crop, 15, 16);
            assertTrue(GrainStorageTime.days(crop, 20, 16) < base, crop + " warmer");
            assertTrue(GrainStorageTime.days(crop, 15, 18) < base, crop + " wetter");
        }
    }
}
