package org.grenier.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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

    /**
     * How often the row count is said: ten times a second for a person. The kill test sets 0, to hear every thousand
     * lines and kill a child importing within a thousand lines of its commit.
     */
    static volatile long countEveryNanos = 100_000_000L;

    private final Store store;
    private final SniffedFile sniffed;
    private final ColumnPlan plan;
    private final RejectedRows rejected;
    private final ArrayDeque<List<String>> awaiting = new ArrayDeque<>();
    private long accepted;
    private long alreadyStored;
    private long createdCodes;
    private String fileSha256;
    private IOException rejectFailure;
    /** The last line the progress bar counted, and when the count was last said. */
    private long reportedLine;
    private long countSaidAt = System.nanoTime() - countEveryNanos;

    ImportRun(Store store, SniffedFile sniffed, ColumnPlan plan) {
        this.store = store;
        this.sniffed = sniffed;
        this.plan = plan;
        this.rejected = new RejectedRows(RejectedRows.place(sniffed.file(), store.folder().resolve("rejected")),
                sniffed.format().delimiter(), sniffed.format().columns());
    }

    /** The whole-file scan found another encoding than the head suggested; the import must start again. */
    static final class EncodingChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient java.nio.charset.Charset charset;

        EncodingChanged(java.nio.charset.Charset charset) {
            super(null, null, false, false);
            this.charset = charset;
        }

        java.nio.charset.Charset charset() {
            return charset;
        }
    }

    Result<ImportReport> run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + sniffed.file().getFileName(),
                (int) Math.min(Integer.MAX_VALUE, estimatedLines() + 1));
        // The fingerprint and the encoding check read the whole file; they run beside the import, on the core that
        // the database leaves free, instead of before it.
        CompletableFuture<FileScan> fullScan = CompletableFuture.supplyAsync(this::scanWholeFile);
        SniffedFormat format = sniffed.format();
        BatchStart start = new BatchStart(sniffed.file().toAbsolutePath().toString(), sniffed.scan().sha256(),
                sniffed.scan().bytes(), plan.profile(), format.describe());
        Result<ImportSession> begun = store.imports().begin(start, this::outcome);
        if (begun.failed()) {
            return Result.error(begun.message());
        }
        try (ImportSession session = begun.value()) {
            long rows = writeRows(session, progress);
            if (rows == 0) {
                rejected.discard();
                return Result.error(sniffed.file() + (format.header() ? " has a header row but no data rows"
                        : " has no rows") + ": there is nothing to import.");
            }
            session.flush();
            failIfRejectFileBroke();
            FileScan whole = joinScan(fullScan);
            if (plan.profile().hints().encoding().isEmpty() && whole.contradicts(sniffed.scan())) {
                rejected.discard();
                throw new EncodingChanged(whole.charset());
            }
            Path rejectedFile = RejectedRows.place(sniffed.file(), store.folder().resolve("rejected"));
            ImportBatch batch = session.commit(new ImportSession.BatchTotals(accepted, rejected.count(),
                    alreadyStored, createdCodes, rejected.count() > 0 ? rejectedFile.toString() : null,
                    whole.sha256()));
            fileSha256 = whole.sha256();
            return publish(batch, createdCodes);
        } catch (OperationCanceledException e) {
            rejected.discard();
            return Result.error("The import of " + sniffed.file() + " was cancelled; nothing was written.");
        } catch (IOException | StoreException e) {
            rejected.discard();
            return Result.error("Nothing was imported from " + sniffed.file() + ": " + e.getMessage());
        } catch (EncodingChanged e) {
            throw e;
        } catch (RuntimeException e) {
            rejected.discard();
            return Result.error("Nothing was imported from " + sniffed.file() + ": Grenier failed (a bug; please "
                    + "report it with the file): " + e);
        }
    }

    private FileScan scanWholeFile() {
        try {
            return FileScan.of(sniffed.file());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static FileScan joinScan(CompletableFuture<FileScan> scan) throws IOException {
        try {
            return scan.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Lines in the file, from the size and the head's bytes per line; progress needs no more. */
    private long estimatedLines() {
        FileScan head = sniffed.scan();
        try {
            return head.lines() == 0 ? 1 : (long) (head.lines() * (double) java.nio.file.Files.size(sniffed.file())
                    / Math.max(1, head.bytes()));
        } catch (IOException e) {
            return head.lines();
        }
    }

    /** Takes the pipeline's items in file order and writes them; returns how many rows the file had. */
    private long writeRows(ImportSession session, SubMonitor progress) throws IOException {
        try (RowPipeline pipeline = new RowPipeline(sniffed, plan, session)) {
            while (true) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                List<RowPipeline.Item> chunk = pipeline.next(100);
                if (chunk == null) {
                    continue;
                }
                for (RowPipeline.Item item : chunk) {
                    // Rows first, by a plain type test: this thread sets the import's pace, and a pattern switch's
                    // type dispatch for every row took 4 % of it (JFR).
                    if (item instanceof RowPipeline.Row row) {
                        awaiting.add(row.cells());
                        session.add(row.ready());
                        progress(progress, row.ready().staged().line());
                    } else if (item instanceof RowPipeline.End end) {
                        return end.rows();
                    } else {
                        take(session, item);
                    }
                }
                failIfRejectFileBroke();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    /** What the pipeline says besides rows and their end. */
    private void take(ImportSession session, RowPipeline.Item item) throws IOException {
        switch (item) {
            case RowPipeline.Rejected bad -> reject(bad.rejection(), bad.cells());
            case RowPipeline.CreateSku sku -> create(() -> session.createSku(sku.sku()));
            case RowPipeline.CreateSite site -> create(() -> session.createSite(site.site()));
            case RowPipeline.Failure failure -> throw failure(failure.error());
            case RowPipeline.Row row -> throw new IllegalStateException("rows are written by writeRows");
            case RowPipeline.End end -> throw new IllegalStateException("the end is seen by writeRows");
        }
    }

    private void create(Runnable creation) {
        creation.run();
        createdCodes++;
    }

    /**
     * Moves the bar every thousand lines, and says the count at most ten times a second: a person cannot read it
     * faster, and formatting it for every thousand lines cost 2 % of the thread that sets the import's pace.
     */
    private void progress(SubMonitor progress, long line) {
        if (line - reportedLine < 1000) {
            return;
        }
        progress.worked((int) (line - reportedLine));
        reportedLine = line;
        long now = System.nanoTime();
        if (now - countSaidAt >= countEveryNanos) {
            progress.subTask(String.format("%,d rows read, %,d rejected", line, rejected.count()));
            countSaidAt = now;
        }
    }

    private static IOException failure(Exception error) {
        if (error instanceof IOException io) {
            return io;
        }
        throw (RuntimeException) error;
    }

    /** Called by the session, in line order, as each buffered batch is written. */
    private void outcome(RowOutcome outcome) {
        List<String> cells = awaiting.poll();
        switch (outcome.kind()) {
            case ADDED -> accepted++;
            case ALREADY_STORED -> alreadyStored++;
            case REPEATED_IN_FILE -> reject(new Rejection(sniffed.file().toString(), outcome.line(), "", null,
                    "repeats line " + outcome.existingLine() + " of this file", Rejection.Problem.REPEATED,
                    List.of(String.valueOf(outcome.existingLine()))), cells);
            case CONFLICT -> reject(conflict(outcome), cells);
        }
    }

    /** A row whose key is stored with other values: in an earlier import, or in a record no import brought. */
    private Rejection conflict(RowOutcome outcome) {
        String file = sniffed.file().toString();
        String same = "same " + String.join(", ", keyWords());
        String target = plan.profile().target().name();
        if (outcome.existingBatch() == 0) {
            // Such a record has no content key to compare, so the values may be the same: "other values" is not said.
            return new Rejection(file, outcome.line(), "", null, "conflicts with a stored record that no import "
                    + "brought (the demo's, or one from before imports): " + same,
                    Rejection.Problem.CONFLICT_NOT_IMPORTED, List.of(target));
        }
        return new Rejection(file, outcome.line(), "", null, "conflicts with line " + outcome.existingLine()
                + " of import " + outcome.existingBatch() + ": " + same + ", other values", Rejection.Problem.CONFLICT,
                List.of(String.valueOf(outcome.existingLine()), String.valueOf(outcome.existingBatch()), target));
    }

    private List<String> keyWords() {
        return switch (plan.profile().target()) {
            case SALES_LINE -> List.of("content");
            case STOCK_LEVEL -> List.of("product", "storage unit", "date");
            case SKU -> List.of("product code");
            case PRODUCTION_PLAN -> List.of("product", "site", "date");
            case WEATHER -> List.of("station", "time", "issue time");
            case STORAGE_UNIT -> List.of("storage unit code");
            case SUPPLY_TERMS -> List.of("product code");
            case STOCK_MOVEMENT -> List.of("content");
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
            ImportSummary.write(summaryFile, report, fileSha256);
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
}
