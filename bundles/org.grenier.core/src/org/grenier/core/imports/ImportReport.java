package org.grenier.core.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one import did: the batch it made, how many rows were added, rejected or already in the store, how many
 * products or sites it created, and where the rejected rows and the summary were written.
 */
public record ImportReport(Path file, long batchId, String profile, SniffedFormat format, long accepted,
        long rejected, long alreadyStored, long createdCodes, Optional<Path> rejectedFile, Path summaryFile,
        List<Rejection> firstRejections) {

    /** How many rejections a report keeps in memory; the rejected file has them all. */
    public static final int KEPT_REJECTIONS = 200;

    public ImportReport {
        firstRejections = List.copyOf(firstRejections);
    }

    public long rows() {
        return accepted + rejected + alreadyStored;
    }

    /** True when the file brought nothing new and some of its rows were refused. */
    public boolean nothingImported() {
        return accepted == 0 && rejected > 0;
    }
}
