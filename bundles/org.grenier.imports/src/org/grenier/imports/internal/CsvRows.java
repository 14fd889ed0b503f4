package org.grenier.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.grenier.core.imports.SniffedFormat;

/**
 * The records of a file, streamed, each with the physical line it starts on. Blank lines are skipped but still
 * counted, so line numbers match what an editor shows.
 */
final class CsvRows implements AutoCloseable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String file;
    private long line;

    /** A record and the line it starts on. */
    record Row(CSVRecord record, long line) {
    }

    CsvRows(Path file, Charset charset, SniffedFormat format) throws IOException {
        this.file = file.toString();
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(format.bomLength());
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new RecordSizeGuard(new InputStreamReader(in, decoder),
                format.quote(), this.file), 1 << 16);
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(format.delimiter()).setQuote(format.quote())
                .setIgnoreEmptyLines(false).setLenientEof(true).setTrailingData(true).get();
        this.parser = CSVParser.parse(reader, csv);
        this.records = parser.iterator();
    }

    /** The next non-blank record, or null at the end of the file. */
    Row next() throws IOException {
        while (true) {
            long startLine = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                record = records.next();
            } catch (NoSuchElementException e) {
                return null;
            } catch (UncheckedIOException e) {
                String message = e.getCause().getMessage();
                throw new IOException(message.startsWith(file) ? message : file + ":" + startLine + ": " + message,
                        e.getCause());
            } catch (IllegalStateException e) {
                throw new IOException(file + ":" + startLine + ": " + e.getMessage(), e);
            }
            line = startLine;
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            return new Row(record, startLine);
        }
    }

    long linesRead() {
        return parser.getCurrentLineNumber();
    }

    long lastLine() {
        return line;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
