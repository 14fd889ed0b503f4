package org.grenier.imports.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Column names compared as people write them: case, accents, spaces and punctuation do not matter. */
final class ColumnNames {

    private ColumnNames() {
    }

    /** "Quantité (kg)" and "quantite_kg" both become "quantite kg". */
    static String normalise(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]+", " ").strip();
    }
}
