package org.grenier.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.grenier.core.imports.SniffedFormat;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * The records of a file, streamed, each with the physical line it starts on. Blank lines are skipped but still
 * counted, so line numbers match what an editor shows.
 * <p>
 * Parsed by FastCSV, read as RFC 4180 with a spreadsheet's leniency: ragged rows are kept as they are, text after a
 * closing quote belongs to its cell, and a quote still open at the end of the file closes there. A record longer than
 * {@link #MAX_RECORD_CHARS} stops the import with the line it began on: a quote that never closes would otherwise take
 * the rest of the file into one cell.
 */
final class CsvRows implements AutoCloseable {

    static final int MAX_RECORD_CHARS = 1 << 20;

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final String file;
    private final char quote;
    private CsvRecord last;

    /** A record's cells and the line it starts on. */
    record Row(List<String> cells, long line) {
    }

    CsvRows(Path file, Charset charset, SniffedFormat format) throws IOException {
        this.file = file.toString();
        this.quote = format.quote();
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(format.bomLength());
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        // Sizes are the only limits left: a record of a million one-character cells is as long as the longest allowed.
        this.reader = lenient(format.delimiter(), format.quote()).skipEmptyLines(false).maxBufferSize(MAX_RECORD_CHARS)
                .build(CsvRecordHandler.of(limits -> limits.maxFieldSize(MAX_RECORD_CHARS)
                        .maxRecordSize(MAX_RECORD_CHARS).maxFields(MAX_RECORD_CHARS)),
                        new InputStreamReader(in, decoder));
        this.records = reader.iterator();
    }

    /** How the import reads CSV, for the sniffer's sample as for the whole file. */
    static CsvReader.CsvReaderBuilder lenient(char delimiter, char quote) {
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter(quote).commentStrategy(CommentStrategy.NONE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowExtraCharsAfterClosingQuote(true).allowUnclosedQuote(true);
    }

    /** The next non-blank record, or null at the end of the file. */
    Row next() throws IOException {
        while (true) {
            CsvRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new IOException(file + ":" + nextLine() + ": " + e.getCause().getMessage(), e.getCause());
            } catch (CsvParseException e) {
                throw new IOException(file + ":" + nextLine() + ": a row runs past " + (MAX_RECORD_CHARS >> 20)
                        + " million characters; a quote (" + quote + ") opened on that line is probably never closed",
                        e);
            }
            last = record;
            if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
                continue;
            }
            return new Row(record.getFields(), record.getStartingLineNumber());
        }
    }

    /** The line after the last record read, where a record that cannot be read began. */
    private long nextLine() {
        if (last == null) {
            return 1;
        }
        long line = last.getStartingLineNumber() + 1;
        for (String cell : last.getFields()) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
                    line++;
                }
            }
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
