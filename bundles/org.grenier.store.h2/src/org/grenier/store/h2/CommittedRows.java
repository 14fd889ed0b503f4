package org.grenier.store.h2;

import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.mvstore.db.MVDelegateIndex;
import org.h2.mvstore.db.MVPrimaryIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.table.Table;
import org.h2.value.Value;
import org.h2.value.ValueLob;
import org.h2.value.VersionedValue;

/**
 * Rows put straight into a table's map as committed entries, the way H2's primary index adds a row but without the
 * transaction: no undo entry, and nothing for the commit to rewrite. Only for a table keyed by one integer column
 * with no other index (a second index would need the same row, in the transaction).
 */
final class CommittedRows {

    private CommittedRows() {
    }

    /**
     * The table's primary index, after checking that rows may be written committed to it: H2 keeps the rows in it,
     * keyed by the table's one integer key column, and any other index must be the primary key's, which only
     * delegates to it.
     */
    static MVPrimaryIndex keyIndex(Table table) {
        if (table instanceof MVTable mvTable && mvTable.getScanIndex(null) instanceof MVPrimaryIndex index
                && index.getMainIndexColumn() != SearchRow.ROWID_INDEX
                && mvTable.getIndexes().stream().allMatch(i -> i == index || i instanceof MVDelegateIndex)) {
            return index;
        }
        throw new IllegalArgumentException("rows are written committed only to a table keyed by one integer column "
                + "with no other index; " + table.getName() + " is not");
    }

    /** Adds the row unless its key is stored already; says whether it was added. */
    static boolean add(SessionLocal session, MVPrimaryIndex index, Row row) {
        long key = row.getValue(index.getMainIndexColumn()).getLong();
        row.setKey(key);
        keepLargeObjects(session, index, row);
        // A row is its own committed value in H2's maps (a Value is a VersionedValue whose value is itself).
        @SuppressWarnings("unchecked")
        VersionedValue<SearchRow> committed = (VersionedValue<SearchRow>) (VersionedValue<?>) row;
        return index.getMVMap().putIfAbsent(key, committed) == null;
    }

    /** Large objects move to the table's own storage, as H2's primary index does before it stores a row. */
    private static void keepLargeObjects(SessionLocal session, Index index, Row row) {
        if (!((MVTable) index.getTable()).getContainsLargeObject()) {
            return;
        }
        for (int i = 0; i < row.getColumnCount(); i++) {
            Value value = row.getValue(i);
            if (value instanceof ValueLob lob) {
                ValueLob kept = lob.copy(session.getDatabase(), index.getId());
                session.removeAtCommitStop(kept);
                if (kept != lob) {
                    row.setValue(i, kept);
                }
            }
        }
    }
}
