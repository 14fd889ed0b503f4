package org.grenier.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.Result;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Rejection;
import org.grenier.core.imports.SniffedFormat;
import org.grenier.core.imports.StagedRow;
import org.grenier.core.store.BatchStart;
import org.grenier.core.store.ImportBatch;
import org.grenier.core.store.ImportSession;
import org.grenier.core.store.RowOutcome;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreException;

/**
 * One import from start to commit: stream the rows, map and validate each, hand the good ones to the store's session
 * (one transaction), stream the bad ones to the rejected file, then commit and publish. Any failure or a cancel
 * before the commit rolls the whole batch back and removes the partial rejected file.
 */
final class ImportRun {

    private static final int CHECK_EVERY = 1000;

    private final Store store;
    private final SniffedFile sniffed;
    private final ColumnPlan plan;
    private final RejectedRows rejected;
    private final ArrayDeque<CSVRecord> awaiting = new ArrayDeque<>();
    private long accepted;
    private long alreadyStored;
    private IOException rejectFailure;

    ImportRun(Store store, SniffedFile sniffed, ColumnPlan plan) {
        this.store = store;
        this.sniffed = sniffed;
        this.plan = plan;
        this.rejected = new RejectedRows(RejectedRows.place(sniffed.file(), store.folder().resolve("rejected")),
                sniffed.format().delimiter(), sniffed.format().columns());
    }

    Result<ImportReport> run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + sniffed.file().getFileName(),
                (int) Math.min(Integer.MAX_VALUE, sniffed.scan().lines() + 1));
        SniffedFormat format = sniffed.format();
        BatchStart start = new BatchStart(sniffed.file().toAbsolutePath().toString(), sniffed.scan().sha256(),
                sniffed.scan().bytes(), plan.profile(), format.describe());
        Result<ImportSession> begun = store.imports().begin(start, this::outcome);
        if (begun.failed()) {
            return Result.error(begun.message());
        }
        try (ImportSession session = begun.value()) {
            RowMapper mapper = new RowMapper(plan, new CellReader(format, plan.profile().zone()),
                    new SessionCodes(session));
            long rows = readRows(session, mapper, progress);
            if (rows == 0) {
                rejected.discard();
                return Result.error(sniffed.file() + (format.header() ? " has a header row but no data rows"
                        : " has no rows") + ": there is nothing to import.");
            }
            session.flush();
            failIfRejectFileBroke();
            Path rejectedFile = RejectedRows.place(sniffed.file(), store.folder().resolve("rejected"));
            ImportBatch batch = session.commit(new ImportSession.BatchTotals(accepted, rejected.count(),
                    alreadyStored, mapper.createdCodes(), rejected.count() > 0 ? rejectedFile.toString() : null));
            return publish(batch, mapper.createdCodes());
        } catch (OperationCanceledException e) {
            rejected.discard();
            return Result.error("The import of " + sniffed.file() + " was cancelled; nothing was written.");
        } catch (IOException | StoreException e) {
            rejected.discard();
            return Result.error("Nothing was imported from " + sniffed.file() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            rejected.discard();
            return Result.error("Nothing was imported from " + sniffed.file() + ": Grenier failed (a bug; please "
                    + "report it with the file): " + e);
        }
    }

    private long readRows(ImportSession session, RowMapper mapper, SubMonitor progress) throws IOException {
        long rows = 0;
        long reported = 0;
        try (CsvRows csv = new CsvRows(sniffed.file(), sniffed.scan().charset(), sniffed.format())) {
            if (sniffed.format().header()) {
                csv.next();
            }
            CsvRows.Row row;
            while ((row = csv.next()) != null) {
                rows++;
                try {
                    StagedRow staged = mapper.map(row.record(), row.line());
                    awaiting.add(row.record());
                    session.add(staged);
                } catch (RowRejected e) {
                    reject(new Rejection(sniffed.file().toString(), row.line(), e.column(), e.value(), e.getMessage()),
                            row.record().toList());
                }
                if (rows % CHECK_EVERY == 0) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    long lines = csv.linesRead();
                    progress.worked((int) (lines - reported));
                    progress.subTask(String.format("%,d rows read, %,d rejected", rows, rejected.count()));
                    reported = lines;
                    failIfRejectFileBroke();
                }
            }
        }
        return rows;
    }

    /** Called by the session, in line order, as each buffered batch is written. */
    private void outcome(RowOutcome outcome) {
        CSVRecord record = awaiting.poll();
        switch (outcome.kind()) {
            case ADDED -> accepted++;
            case ALREADY_STORED -> alreadyStored++;
            case REPEATED_IN_FILE -> reject(new Rejection(sniffed.file().toString(), outcome.line(), "", null,
                    "repeats line " + outcome.existingLine() + " of this file"), record.toList());
            case CONFLICT -> reject(new Rejection(sniffed.file().toString(), outcome.line(), "", null,
                    "conflicts with line " + outcome.existingLine() + " of import " + outcome.existingBatch()
                            + ": same " + String.join(", ", keyWords()) + ", other values"), record.toList());
        }
    }

    private List<String> keyWords() {
        return switch (plan.profile().target()) {
            case SALES_LINE -> List.of("content");
            case STOCK_LEVEL -> List.of("product", "storage unit", "date");
            case SKU -> List.of("product code");
            case PRODUCTION_PLAN -> List.of("product", "site", "date");
            case WEATHER -> List.of("station", "time", "issue time");
        };
    }

    private void reject(Rejection rejection, List<String> cells) {
        try {
            rejected.add(rejection, cells);
        } catch (IOException e) {
            // Reported at the next check: the rejected file is part of the import's result.
            rejectFailure = e;
        }
    }

    private void failIfRejectFileBroke() throws IOException {
        if (rejectFailure != null) {
            throw new IOException("cannot write the rejected rows: " + rejectFailure.getMessage(), rejectFailure);
        }
    }

    /** After the commit: the batch is stored, so a failure to write the files is a warning, not an error. */
    private Result<ImportReport> publish(ImportBatch batch, long createdCodes) {
        Path summaryFile = ImportSummary.place(RejectedRows.place(sniffed.file(), store.folder().resolve("rejected")));
        Optional<Path> rejectedFile = Optional.empty();
        try {
            rejectedFile = rejected.publish();
            ImportReport report = report(batch, createdCodes, rejectedFile, summaryFile);
            ImportSummary.write(summaryFile, report, sniffed.scan().sha256());
            return Result.ok(report);
        } catch (IOException e) {
            return Result.warning(report(batch, createdCodes, rejectedFile, summaryFile), "Import " + batch.id()
                    + " is stored, but its rejected rows or summary could not be written: " + e.getMessage(),
                    List.of());
        }
    }

    private ImportReport report(ImportBatch batch, long createdCodes, Optional<Path> rejectedFile, Path summary) {
        return new ImportReport(sniffed.file(), batch.id(), plan.profile().name(), sniffed.format(), accepted,
                rejected.count(), alreadyStored, createdCodes, rejectedFile, summary, rejected.first());
    }

    /** The session seen as the mapper's code book. */
    private record SessionCodes(ImportSession session) implements CodeBook {

        @Override
        public boolean hasSku(String code) {
            return session.hasSku(code);
        }

        @Override
        public boolean hasSite(String code) {
            return session.hasSite(code);
        }

        @Override
        public boolean hasStorageUnit(String code) {
            return session.hasStorageUnit(code);
        }

        @Override
        public void createSku(org.grenier.core.model.Sku sku) {
            session.createSku(sku);
        }

        @Override
        public void createSite(org.grenier.core.model.Site site) {
            session.createSite(site);
        }
    }
}
