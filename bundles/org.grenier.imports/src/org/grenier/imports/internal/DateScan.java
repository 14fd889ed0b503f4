package org.grenier.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.grenier.imports.internal.FormatSniffer.DateEvidence;

/**
 * Reads on through a file whose first rows cannot tell day from month, until a date settles it. A file of January
 * 1-12 sales sorted by date is the usual case; the whole file is read only when no date ever settles it. Lines are
 * split on the delimiter without the full CSV rules: a date is never quoted across lines, and speed matters here
 * because the import waits for the answer.
 */
final class DateScan {

    private DateScan() {
    }

    static DateEvidence rest(Path file, FileScan scan, char delimiter, char quote) {
        boolean ambiguous = false;
        try (BufferedReader reader = CsvImporter.reader(file, scan)) {
            String line;
            while ((line = reader.readLine()) != null) {
                int start = 0;
                while (start <= line.length()) {
                    int end = line.indexOf(delimiter, start);
                    end = end < 0 ? line.length() : end;
                    DateEvidence evidence = evidence(line, start, end, quote);
                    if (evidence == DateEvidence.DAY_FIRST || evidence == DateEvidence.MONTH_FIRST) {
                        return evidence;
                    }
                    ambiguous |= evidence == DateEvidence.AMBIGUOUS;
                    start = end + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ambiguous ? DateEvidence.AMBIGUOUS : DateEvidence.NONE;
    }

    /** What one cell says: only cells starting with a digit (after an optional quote) are looked at closely. */
    static DateEvidence evidence(String line, int start, int end, char quote) {
        int from = start < end && line.charAt(start) == quote ? start + 1 : start;
        int to = end > from && line.charAt(end - 1) == quote ? end - 1 : end;
        if (to - from < 6 || to - from > 40 || !Character.isDigit(line.charAt(from))) {
            return DateEvidence.NONE;
        }
        DateScanner date = new DateScanner(line.substring(from, to).strip());
        if (!date.scan() || date.firstDigits == 4) {
            return DateEvidence.NONE;
        }
        if (date.a > 12) {
            return DateEvidence.DAY_FIRST;
        }
        return date.b > 12 ? DateEvidence.MONTH_FIRST : DateEvidence.AMBIGUOUS;
    }
}
