package org.grenier.imports.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Rejection;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The rejected rows of one import, streamed to {@code <file>.rejected.csv.partial} as they are found: the original
 * cells, then the line, column and reason. The file takes its final name only when the batch commits, so a failed
 * or cancelled import leaves no rejected file that describes rows the store never saw.
 */
final class RejectedRows implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final char delimiter;
    private final List<String> header;
    private final List<Rejection> first = new ArrayList<>();
    private CsvWriter csv;
    private long count;

    RejectedRows(Path target, char delimiter, List<String> header) {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.delimiter = delimiter;
        this.header = header;
    }

    /** Beside the source file when that folder is writable, else in the given fallback folder. */
    static Path place(Path source, Path fallbackFolder) {
        Path folder = source.toAbsolutePath().getParent();
        String name = source.getFileName() + ".rejected.csv";
        return folder != null && Files.isWritable(folder) ? folder.resolve(name) : fallbackFolder.resolve(name);
    }

    void add(Rejection rejection, List<String> cells) throws IOException {
        if (csv == null) {
            open();
        }
        List<String> row = new ArrayList<>(cells);
        while (row.size() < header.size()) {
            row.add("");
        }
        row.add(Long.toString(rejection.line()));
        row.add(rejection.column() == null ? "" : rejection.column());
        row.add(rejection.reason());
        csv.writeRecord(row);
        if (first.size() < ImportReport.KEPT_REJECTIONS) {
            first.add(rejection);
        }
        count++;
    }

    private void open() throws IOException {
        Files.createDirectories(partial.getParent());
        // FastCSV buffers what it writes itself, so the file's writer needs no buffer of its own.
        Writer writer = new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8);
        // A byte-order mark lets spreadsheet programs open the UTF-8 file with its accents intact.
        writer.write('\ufeff');
        csv = CsvWriter.builder().fieldSeparator(delimiter).build(writer);
        List<String> columns = new ArrayList<>(header);
        columns.addAll(List.of("grenier_line", "grenier_column", "grenier_reason"));
        csv.writeRecord(columns);
    }

    long count() {
        return count;
    }

    List<Rejection> first() {
        return first;
    }

    /** Gives the rejected file its final name, or removes a stale one from an earlier import of the same file. */
    Optional<Path> publish() throws IOException {
        close();
        if (count == 0) {
            Files.deleteIfExists(target);
            return Optional.empty();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }

    void discard() {
        try {
            close();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // Nothing was committed; a leftover .partial file names itself as such.
        }
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
            csv = null;
        }
    }
}
