package org.grenier.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.imports.FormatHints;
import org.grenier.core.imports.ImportPreview;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.Rejection;
import org.grenier.core.imports.SniffedFormat;
import org.grenier.core.store.Store;
import org.osgi.service.component.annotations.Component;

/** The CSV import service: sniffing, profile choice, preview and the import itself. */
@Component(service = Importer.class)
public class CsvImporter implements Importer {

    @Override
    public Result<SniffedFormat> sniff(Path file, FormatHints hints) {
        Result<SniffedFile> sniffed = sniffFile(file, hints);
        return sniffed.failed() ? Result.error(sniffed.message()) : Result.ok(sniffed.value().format());
    }

    /**
     * Choosing a profile and importing both sniff the file, and a sniff reads the whole file once; the last result
     * is kept for as long as the file keeps its size and time of change.
     */
    private record SniffKey(Path file, long size, long modified, FormatHints hints) {
    }

    private SniffKey lastKey;
    private SniffedFile lastSniffed;

    Result<SniffedFile> sniffFile(Path file, FormatHints hints) {
        SniffKey key;
        try {
            key = new SniffKey(file.toAbsolutePath(), Files.size(file), Files.getLastModifiedTime(file).toMillis(),
                    hints);
        } catch (IOException e) {
            key = null;
        }
        synchronized (this) {
            if (key != null && key.equals(lastKey)) {
                return Result.ok(lastSniffed);
            }
        }
        Result<SniffedFile> sniffed = sniffUncached(file, hints);
        if (!sniffed.failed() && key != null) {
            synchronized (this) {
                lastKey = key;
                lastSniffed = sniffed.value();
            }
        }
        return sniffed;
    }

    private Result<SniffedFile> sniffUncached(Path file, FormatHints hints) {
        try {
            FileScan scan = FileScan.head(file);
            if (scan.bytes() == 0) {
                return Result.error(file + " is empty: there is nothing to import.");
            }
            if (scan.binary()) {
                return Result.error(file + " is not a text file (it holds binary data): export it from the "
                        + "spreadsheet or ERP as CSV and try again.");
            }
            Charset charset = hints.encoding().map(Charset::forName).orElse(scan.charset());
            FileScan read = new FileScan(scan.sha256(), scan.bytes(), scan.lines(), charset, scan.bomLength(), false);
            List<String> lines = sample(file, read);
            if (lines.stream().allMatch(String::isBlank)) {
                return Result.error(file + " holds only blank lines: there is nothing to import.");
            }
            SniffedFormat format = FormatSniffer.sniff(read, lines, hints,
                    (delimiter, quote) -> DateScan.rest(file, read, delimiter, quote));
            return Result.ok(new SniffedFile(file, read, format));
        } catch (NoSuchFileException e) {
            return Result.error(file + " does not exist.");
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return Result.error("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static List<String> sample(Path file, FileScan scan) throws IOException {
        try (BufferedReader reader = reader(file, scan)) {
            List<String> lines = new ArrayList<>();
            String line;
            while (lines.size() < FormatSniffer.SAMPLE_LINES && (line = reader.readLine()) != null) {
                lines.add(line.length() > 10_000 ? line.substring(0, 10_000) : line);
            }
            return lines;
        }
    }

    static BufferedReader reader(Path file, FileScan scan) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(scan.bomLength());
        return new BufferedReader(new InputStreamReader(in, scan.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    @Override
    public List<MappingProfile> profiles(Store store) {
        List<MappingProfile> all = new ArrayList<>(store.imports().savedProfiles().asOptional().orElse(List.of()));
        for (MappingProfile builtIn : BuiltInProfiles.all()) {
            if (all.stream().noneMatch(saved -> saved.name().equals(builtIn.name()))) {
                all.add(builtIn);
            }
        }
        return all;
    }

    @Override
    public Result<MappingProfile> chooseProfile(Store store, Path file) {
        Result<SniffedFile> sniffed = sniffFile(file, FormatHints.AUTO);
        if (sniffed.failed()) {
            return Result.error(sniffed.message());
        }
        List<String> columns = sniffed.value().format().columns();
        return profiles(store).stream().map(profile -> ColumnPlan.of(profile, columns))
                .filter(plan -> plan.missingRequired().isEmpty())
                .max(Comparator.comparingInt(ColumnPlan::matched)).map(plan -> Result.ok(plan.profile()))
                .orElseGet(() -> Result.error("No profile recognises the columns of " + file + " (" + columns
                        + "). Name one with --profile, or write a profile file that maps them (see 'grenier "
                        + "profiles')."));
    }

    @Override
    public Result<ImportPreview> preview(Store store, Path file, MappingProfile profile, int maxRows) {
        Result<SniffedFile> sniffed = sniffFile(file, profile.hints());
        if (sniffed.failed()) {
            return Result.error(sniffed.message());
        }
        ColumnPlan plan = ColumnPlan.of(profile, sniffed.value().format().columns());
        RowMapper mapper = new RowMapper(plan, new CellReader(sniffed.value().format(), profile.zone()),
                StoreCodes.read(store));
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (CsvRows csv = new CsvRows(file, sniffed.value().scan().charset(), sniffed.value().format())) {
            if (sniffed.value().format().header()) {
                csv.next();
            }
            CsvRows.Row row;
            while (rows.size() < maxRows && (row = csv.next()) != null) {
                rows.add(row.cells());
                lines.add(row.line());
                check(mapper, row, file, rejections);
            }
        } catch (IOException e) {
            return Result.error("Cannot read " + file + ": " + e.getMessage());
        }
        List<String> extras = plan.extraColumns().stream().map(plan::columnName).toList();
        return Result.ok(new ImportPreview(sniffed.value().format(), profile, plan.fieldColumns(), rows,
                lines, rejections, extras));
    }

    private static void check(RowMapper mapper, CsvRows.Row row, Path file, List<Rejection> rejections) {
        try {
            mapper.map(row.cells(), row.line());
        } catch (RowRejected e) {
            rejections.add(e.at(file.toString(), row.line()));
        }
    }

    @Override
    public Result<ImportReport> importFile(Store store, Path file, MappingProfile profile, IProgressMonitor monitor) {
        Result<SniffedFile> sniffed = sniffFile(file, profile.hints());
        if (sniffed.failed()) {
            return Result.error(sniffed.message());
        }
        ColumnPlan plan = ColumnPlan.of(profile, sniffed.value().format().columns());
        if (!plan.missingRequired().isEmpty()) {
            return Result.error("Profile '" + profile.name() + "' finds no column in " + file + " for "
                    + plan.missingRequired().stream().map(f -> f.key()).toList() + "; the file's columns are "
                    + sniffed.value().format().columns() + ".");
        }
        try {
            return new ImportRun(store, sniffed.value(), plan).run(monitor);
        } catch (ImportRun.EncodingChanged changed) {
            // Rare: the first megabyte looked like UTF-8 and a later byte proved otherwise. Nothing was committed.
            FormatHints corrected = new FormatHints(java.util.Optional.of(changed.charset().name()),
                    profile.hints().delimiter(), profile.hints().decimal(), profile.hints().dateOrder());
            Result<SniffedFile> again = sniffFile(file, corrected);
            if (again.failed()) {
                return Result.error(again.message());
            }
            return new ImportRun(store, again.value(), ColumnPlan.of(profile, again.value().format().columns()))
                    .run(monitor);
        }
    }
}
