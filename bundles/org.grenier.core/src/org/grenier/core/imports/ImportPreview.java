package org.grenier.core.imports;

import java.util.List;

/** The head of a file as a profile maps it: the sniffed format, which column fills which field, rows and problems. */
public record ImportPreview(SniffedFormat format, MappingProfile profile, List<String> mappedFields,
        List<List<String>> rows, List<Rejection> rejections, List<String> extraColumns) {

    public ImportPreview {
        mappedFields = List.copyOf(mappedFields);
        rows = rows.stream().map(List::copyOf).toList();
        rejections = List.copyOf(rejections);
        extraColumns = List.copyOf(extraColumns);
    }
}
