package org.grenier.core.imports;

import java.util.List;

/** The first rows of a file as the import sniffed it: encoding, delimiter, header and cells. */
public record TablePreview(String file, String encoding, char delimiter, List<String> header,
        List<List<String>> rows) {

    public TablePreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
