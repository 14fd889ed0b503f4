package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What readers may see of the sales lines. A sales import writes its lines committed as it goes and publishes its
 * batch when it commits (H2ImportSession), so the table can hold lines of a batch that is not yet, or never will be,
 * published. Readers leave out every line of a batch numbered from the first unpublished one up.
 * <p>
 * The bound is read in a statement of its own, before the query. That is safe because batch numbers only grow: a
 * batch begun after the bound was read has a higher number, and is hidden too. A batch published meanwhile is left
 * out as well, as if the reader had come a moment earlier.
 */
final class PublishedBatches {

    /** A sales line a reader may see; one parameter, the bound ({@link #visibleBelow}). */
    static final String VISIBLE_LINE = visibleLine("");

    /** {@link #VISIBLE_LINE} for the sales lines named {@code alias} in a join. */
    static String visibleLine(String alias) {
        String column = alias.isEmpty() ? "batch_id" : alias + ".batch_id";
        return "(" + column + " IS NULL OR " + column + " < ?)";
    }

    /**
     * The number of sales lines a reader may see. H2 counts a whole table from its own count, at once, and a
     * filtered one by reading every line, so the filter is used only while some batch is unpublished. Both are
     * decided in one statement, on one snapshot: a batch's record is committed, unpublished, before its first line.
     */
    static final String COUNT_SALES = "SELECT CASE WHEN EXISTS (SELECT 1 FROM import_batch WHERE NOT published) "
            + "THEN (SELECT COUNT(*) FROM sales_line WHERE " + VISIBLE_LINE + ") "
            + "ELSE (SELECT COUNT(*) FROM sales_line) END";

    private static final String BOUND = "SELECT COALESCE(MIN(id) FILTER (WHERE NOT published), MAX(id) + 1, 1) "
            + "FROM import_batch";

    /** Sales lines deleted per transaction when an unpublished batch is removed. */
    private static final int DISCARD_SLICE = 10_000;

    private PublishedBatches() {
    }

    /** The first batch number readers must not see: the first unpublished batch, or the next batch to come. */
    static long visibleBelow(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BOUND); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Counts the sales lines readers may see. */
    static long countSales(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(COUNT_SALES)) {
            count.setLong(1, visibleBelow(connection));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Removes what imports cut short by a crash left behind: their lines and batch records, in one transaction. Run
     * when the store opens, before any reader or writer. Returns the batches removed.
     */
    static List<Long> discardUnpublished(Connection connection) throws SQLException {
        List<Long> batches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM import_batch WHERE NOT published");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                batches.add(rows.getLong(1));
            }
        }
        if (!batches.isEmpty()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (long batch : batches) {
                    discard(connection, batch);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return batches;
    }

    /**
     * Deletes an unpublished batch's sales lines and then the batch itself. Only its sales lines can be left: they
     * alone are written ahead of the import's transaction, whose other rows went with it. The lines go a slice at a
     * time, found by key and deleted by key, with a commit after each slice. Why: H2 2.5.252 failed with "Chunk N not
     * found" when one DELETE scanned the table it was deleting from, on a store reopened after a kill (docs/
     * BENCHMARKS.md). Removing garbage in several transactions is safe: it is hidden from readers until its batch
     * record, removed last, is gone, and a crash meanwhile leaves the rest to the next opening.
     */
    static void discard(Connection connection, long batchId) throws SQLException {
        long after = Long.MIN_VALUE;
        for (long[] keys = linesAfter(connection, batchId, after); keys.length > 0;
                keys = linesAfter(connection, batchId, after)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sales_line WHERE line_key = ?")) {
                for (long key : keys) {
                    delete.setLong(1, key);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            connection.commit();
            after = keys[keys.length - 1];
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_batch WHERE id = ? "
                + "AND NOT published")) {
            delete.setLong(1, batchId);
            delete.executeUpdate();
        }
    }

    /** The keys of the next slice of a batch's sales lines, in key order, after the given key. */
    private static long[] linesAfter(Connection connection, long batchId, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT line_key FROM sales_line WHERE "
                + "line_key > ? AND batch_id = ? ORDER BY line_key FETCH FIRST " + DISCARD_SLICE + " ROWS ONLY")) {
            select.setLong(1, after);
            select.setLong(2, batchId);
            try (ResultSet rows = select.executeQuery()) {
                long[] keys = new long[DISCARD_SLICE];
                int count = 0;
                while (rows.next()) {
                    keys[count++] = rows.getLong(1);
                }
                return Arrays.copyOf(keys, count);
            }
        }
    }
}
