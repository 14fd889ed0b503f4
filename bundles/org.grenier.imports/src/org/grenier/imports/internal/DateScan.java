package org.grenier.imports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.grenier.core.imports.FormatHints.DateOrder;
import org.grenier.core.imports.SniffedFormat;
import org.grenier.imports.internal.FormatSniffer.DateEvidence;

/**
 * Reads on through a file whose first rows cannot tell day from month, until a date settles it. A file of January
 * 1-12 sales sorted by date is the usual case; the whole file is read only when no date ever settles it.
 */
final class DateScan {

    private DateScan() {
    }

    static DateEvidence rest(Path file, FileScan scan, char delimiter, char quote) {
        SniffedFormat format = new SniffedFormat(scan.charset().name(), scan.bomLength(), delimiter, quote, false, '.',
                ',', DateOrder.DAY_FIRST, List.of(), List.of());
        boolean ambiguous = false;
        try (CsvRows rows = new CsvRows(file, scan.charset(), format)) {
            CsvRows.Row row;
            while ((row = rows.next()) != null) {
                DateEvidence evidence = FormatSniffer.dateEvidence(List.of(row.record()));
                if (evidence == DateEvidence.DAY_FIRST || evidence == DateEvidence.MONTH_FIRST) {
                    return evidence;
                }
                ambiguous |= evidence == DateEvidence.AMBIGUOUS;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ambiguous ? DateEvidence.AMBIGUOUS : DateEvidence.NONE;
    }
}
