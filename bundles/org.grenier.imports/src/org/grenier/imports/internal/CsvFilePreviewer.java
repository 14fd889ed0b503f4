package org.grenier.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.grenier.core.Result;
import org.grenier.core.imports.FilePreviewer;
import org.grenier.core.imports.TablePreview;
import org.osgi.service.component.annotations.Component;

/** Shows the head of a CSV export as Grenier would read it, sniffing encoding and delimiter. */
@Component(service = FilePreviewer.class)
public class CsvFilePreviewer implements FilePreviewer {

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_LINES = 20;

    @Override
    public Result<TablePreview> preview(Path file, int maxRows) {
        try {
            byte[] head = new byte[SAMPLE_BYTES];
            int length;
            try (InputStream in = Files.newInputStream(file)) {
                length = Math.max(0, in.readNBytes(head, 0, head.length));
            }
            if (length == 0) {
                return Result.error(file + " is empty: there is nothing to import.");
            }
            EncodingSniffer.Sniffed encoding = EncodingSniffer.sniff(head, length);
            char delimiter = DelimiterSniffer.sniff(sampleLines(file, encoding));
            return Result.ok(read(file, encoding, delimiter, maxRows));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Result.error("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static List<String> sampleLines(Path file, EncodingSniffer.Sniffed encoding) throws IOException {
        try (BufferedReader reader = open(file, encoding)) {
            return reader.lines().filter(line -> !line.isBlank()).limit(SAMPLE_LINES).toList();
        }
    }

    private static TablePreview read(Path file, EncodingSniffer.Sniffed encoding, char delimiter, int maxRows)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (Reader reader = open(file, encoding); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = List.of();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header.isEmpty()) {
                    header = record.toList();
                } else if (rows.size() < maxRows) {
                    rows.add(record.toList());
                } else {
                    break;
                }
            }
            return new TablePreview(file.toString(), encoding.charset().name(), delimiter, header, rows);
        }
    }

    private static BufferedReader open(Path file, EncodingSniffer.Sniffed encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.charset()));
    }
}
