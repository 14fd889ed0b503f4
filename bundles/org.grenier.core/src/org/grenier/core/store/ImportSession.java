package org.grenier.core.store;

import java.util.function.Consumer;

import org.grenier.core.imports.CodeBook;
import org.grenier.core.imports.StagedRow;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;

/**
 * One import in progress: a single open transaction that holds the store's write lock. Rows are written in batches,
 * and their outcomes reported to the listener given when the session began, in line order. Nothing is visible to
 * readers until {@link #commit}; {@link #close} without a commit rolls everything back.
 */
public interface ImportSession extends CodeBook, AutoCloseable {

    long batchId();

    /** Creates a product the file names but the catalogue lacks, as part of this batch. */
    @Override
    void createSku(Sku sku);

    /** Creates a site the file names but the store lacks, as part of this batch. */
    @Override
    void createSite(Site site);

    /**
     * Puts a row in the store's own form, ready for {@link #add(ReadyRow)}. Safe on any thread: an import calls it on
     * the thread that reads the file, which has time to spare, so that the thread that writes, which sets the
     * import's pace, only stores.
     */
    ReadyRow ready(StagedRow row);

    void add(ReadyRow row);

    default void add(StagedRow row) {
        add(ready(row));
    }

    /** A row in the store's own form, made by {@link #ready}. */
    interface ReadyRow {
        StagedRow staged();
    }

    /** Writes what is buffered and reports each buffered row's outcome. */
    void flush();

    /** Flushes, records the totals and commits: afterwards the whole batch is stored. */
    ImportBatch commit(BatchTotals totals);

    /** Rolls back unless committed. */
    @Override
    void close();

    /** The counts an import reports when it commits, and the file's fingerprint, known once it was read through. */
    record BatchTotals(long accepted, long rejected, long alreadyStored, long createdCodes, String rejectedFile,
            String fileSha256) {
    }
}
