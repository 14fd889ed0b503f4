package org.grenier.core.quality;

import java.util.Locale;
import java.util.Optional;

/**
 * A stored crop with a published allowable-storage-time model, and the moisture (% wet basis) it is taken to be at
 * when no sensor measures it: the usual safe storage moisture.
 */
public enum Crop {
    SHELLED_CORN(15, "corn", "maize", "maïs", "mais"),
    WHEAT(14, "wheat", "blé", "ble", "barley", "orge", "triticale");

    private final double assumedMoisture;
    private final String[] words;

    Crop(double assumedMoisture, String... words) {
        this.assumedMoisture = assumedMoisture;
        this.words = words;
    }

    public double assumedMoisture() {
        return assumedMoisture;
    }

    /**
     * The crop a product's name or category speaks of, in English or French (barley and other small grains use the
     * wheat model, the nearest one published).
     */
    public static Optional<Crop> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Crop crop : values()) {
            for (String word : crop.words) {
                if (lower.contains(word)) {
                    return Optional.of(crop);
                }
            }
        }
        return Optional.empty();
    }
}
