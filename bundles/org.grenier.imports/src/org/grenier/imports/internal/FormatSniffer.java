package org.grenier.imports.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.imports.FormatHints;
import org.grenier.core.imports.FormatHints.DateOrder;
import org.grenier.core.imports.SniffedFormat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads how a file is written from its first rows: delimiter, quote, header, number separators and the order of
 * day and month. Each guess is made from evidence in the data; where the data cannot tell (every date has a day of
 * 12 or less), the French reading wins and a note says so. Hints from the profile override the guesses.
 */
final class FormatSniffer {

    static final int SAMPLE_LINES = 200;

    private FormatSniffer() {
    }

    /**
     * Sniffs from the sample; when its dates cannot tell day from month, {@code restOfFile} is asked for the
     * evidence of every other row, so the order is resolved from the whole file before any row is read.
     */
    static SniffedFormat sniff(FileScan scan, List<String> lines, FormatHints hints,
            java.util.function.BiFunction<Character, Character, DateEvidence> restOfFile) throws IOException {
        List<String> notes = new ArrayList<>();
        char delimiter = hints.delimiter().orElseGet(() -> DelimiterSniffer.sniff(nonBlank(lines)));
        char quote = quote(lines, delimiter);
        List<List<String>> records = parse(String.join("\n", lines), delimiter, quote);
        boolean header = records.size() > 1 ? looksLikeHeader(records) : !records.isEmpty()
                && records.get(0).stream().noneMatch(cell -> Cells.isNumber(cell) || Cells.isDate(cell));
        List<List<String>> data = header && !records.isEmpty() ? records.subList(1, records.size()) : records;
        char decimal = hints.decimal().orElseGet(() -> decimal(data, delimiter));
        char grouping = decimal == ',' ? '.' : ',';
        DateOrder order = hints.dateOrder().orElse(null);
        if (order == null) {
            DateEvidence evidence = dateEvidence(data);
            if (evidence == DateEvidence.AMBIGUOUS) {
                DateEvidence rest = restOfFile.apply(delimiter, quote);
                evidence = rest == DateEvidence.NONE ? evidence : rest;
            }
            order = dateOrder(evidence, notes);
        }
        List<String> columns = new ArrayList<>();
        if (!records.isEmpty()) {
            int width = records.get(0).size();
            for (int i = 0; i < width; i++) {
                columns.add(header ? records.get(0).get(i).strip() : "#" + (i + 1));
            }
        }
        String encoding = scan.encodingName();
        return new SniffedFormat(encoding, scan.bomLength(), delimiter, quote, header, decimal, grouping, order,
                columns, notes);
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).limit(20).toList();
    }

    /** The sample's records, as the import will read them; a cell the sample cuts off ends where the sample does. */
    static List<List<String>> parse(String text, char delimiter, char quote) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> parser = CsvRows.lenient(delimiter, quote).skipEmptyLines(true).ofCsvRecord(text)) {
            parser.forEach(record -> records.add(record.getFields()));
        }
        return records;
    }

    /** Double quotes unless cells are consistently wrapped in single quotes. */
    private static char quote(List<String> lines, char delimiter) {
        int single = 0;
        int dbl = 0;
        for (String line : lines) {
            for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)))) {
                String text = cell.strip();
                if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                    single++;
                } else if (text.startsWith("\"")) {
                    dbl++;
                }
            }
        }
        return single > dbl && single >= 2 ? '\'' : '"';
    }

    /** The first row is a header unless it holds a number or date where the rows below do too. */
    private static boolean looksLikeHeader(List<List<String>> records) {
        List<String> first = records.get(0);
        List<List<String>> rest = records.subList(1, Math.min(records.size(), 20));
        for (int column = 0; column < first.size(); column++) {
            String cell = first.get(column);
            if (Cells.isNumber(cell) || Cells.isDate(cell)) {
                int index = column;
                boolean typedBelow = rest.stream().filter(r -> r.size() > index)
                        .anyMatch(r -> Cells.isNumber(r.get(index)) || Cells.isDate(r.get(index)));
                if (typedBelow) {
                    return false;
                }
            }
        }
        return true;
    }

    private static char decimal(List<List<String>> data, char delimiter) {
        int comma = 0;
        int dot = 0;
        for (List<String> record : data) {
            for (String cell : record) {
                String text = cell.strip();
                if (Cells.COMMA_DECIMAL.matcher(text).matches() && !isThousands(text, ',')) {
                    comma++;
                } else if (Cells.DOT_DECIMAL.matcher(text).matches() && !isThousands(text, '.')) {
                    dot++;
                }
            }
        }
        if (comma != dot) {
            return comma > dot ? ',' : '.';
        }
        return delimiter == ';' ? ',' : '.';
    }

    /** "1,234" or "1.234" could be a thousand or a fraction; such cells are no evidence either way. */
    private static boolean isThousands(String text, char separator) {
        int at = text.indexOf(separator);
        return at > 0 && at == text.lastIndexOf(separator) && text.length() - at - 1 == 3 && at <= 4;
    }

    /** What the dates of some rows say about the order of day and month. */
    enum DateEvidence { DAY_FIRST, MONTH_FIRST, AMBIGUOUS, NONE }

    static DateEvidence dateEvidence(Iterable<List<String>> rows) {
        boolean ambiguous = false;
        for (List<String> record : rows) {
            for (String cell : record) {
                DateEvidence evidence = DateScan.evidence(cell, 0, cell.length(), '"');
                if (evidence == DateEvidence.DAY_FIRST || evidence == DateEvidence.MONTH_FIRST) {
                    return evidence;
                }
                ambiguous |= evidence == DateEvidence.AMBIGUOUS;
            }
        }
        return ambiguous ? DateEvidence.AMBIGUOUS : DateEvidence.NONE;
    }

    static DateOrder dateOrder(DateEvidence evidence, List<String> notes) {
        if (evidence == DateEvidence.MONTH_FIRST) {
            return DateOrder.MONTH_FIRST;
        }
        if (evidence == DateEvidence.AMBIGUOUS) {
            notes.add(SniffedFormat.DATES_GUESSED_DAY_FIRST);
        }
        return DateOrder.DAY_FIRST;
    }
}
