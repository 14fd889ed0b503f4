package org.grenier.core.store;

/**
 * What the store did with a row it was given. A row whose key is already stored is either the same row (imported
 * before, or repeated in this file) or a conflicting one (same key, other values).
 */
public record RowOutcome(long line, Kind kind, long existingBatch, long existingLine) {

    public enum Kind { ADDED, ALREADY_STORED, REPEATED_IN_FILE, CONFLICT }

    public static RowOutcome added(long line) {
        return new RowOutcome(line, Kind.ADDED, 0, 0);
    }
}
