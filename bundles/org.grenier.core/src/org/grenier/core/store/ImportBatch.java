package org.grenier.core.store;

import java.time.Instant;
import java.util.Optional;

import org.grenier.core.imports.ImportTarget;

/** One import as the store remembers it: which file, which profile, when, what it added, and whether it was undone. */
public record ImportBatch(long id, String file, String fileSha256, String profile, ImportTarget target,
        String format, Instant importedAt, long accepted, long rejected, long alreadyStored, long createdCodes,
        Optional<String> rejectedFile, Optional<Instant> undoneAt) {

    public boolean undone() {
        return undoneAt.isPresent();
    }
}
