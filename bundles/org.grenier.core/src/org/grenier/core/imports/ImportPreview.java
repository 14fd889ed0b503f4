package org.grenier.core.imports;

import java.util.List;

/**
 * The head of a file as a profile maps it: the sniffed format, which column fills which field, the rows with the
 * line each starts on, the rows the import would refuse and why, and the columns kept as extras.
 */
public record ImportPreview(SniffedFormat format, MappingProfile profile, List<String> fieldColumns, List<List<String>> rows, List<Long> rowLines, List<Rejection> rejections,
        List<String> extraColumns) {

    /**
     * {@code fieldColumns} holds, for each field of the profile's target in order, the column that fills it, or an
     * empty string when none does.
     */
    public ImportPreview {
        fieldColumns = List.copyOf(fieldColumns);
        rows = rows.stream().map(List::copyOf).toList();
        rowLines = List.copyOf(rowLines);
        rejections = List.copyOf(rejections);
        extraColumns = List.copyOf(extraColumns);
    }
}
