package org.grenier.ui;

import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The workbench's tables: bordered, whole-row selection, headers and lines shown, filling their place, each with
 * copy, select all, CSV export and a column chooser ({@link TableActions}); those made with their titles sort by a
 * click on a header ({@link TableSort}).
 */
public final class Tables {

    private Tables() {
    }

    /** A table with these column titles; {@code style} adds to the usual bits (e.g. {@code SWT.SINGLE}). */
    public static Table create(Composite parent, int style, String... titles) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String title : titles) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        TableActions.install(table);
        if (titles.length > 0) {
            TableSort.install(table);
        }
        return table;
    }

    /** The record of the row chosen ({@link TableItem#getData()}), whatever order the rows are in; null when none. */
    public static <T> T chosen(Table table, Class<T> type) {
        int index = table.getSelectionIndex();
        return index >= 0 && type.isInstance(table.getItem(index).getData()) ? type.cast(table.getItem(index)
                .getData()) : null;
    }

    /**
     * Chooses again, in a table filled anew and sorted, the row whose record is the one chosen before, by {@code
     * same}; none when it is gone (a row's place says nothing once the table is sorted).
     */
    public static void chooseAgain(Table table, Predicate<Object> same) {
        table.deselectAll();
        for (int i = 0; i < table.getItemCount(); i++) {
            if (same.test(table.getItem(i).getData())) {
                table.select(i);
                return;
            }
        }
    }

    /**
     * Once a table is filled anew: sorts it again in the order chosen by a click on a header, and fits every column
     * shown to its widest cell or title; hidden columns stay hidden.
     */
    public static void pack(Table table) {
        TableSort.again(table);
        for (TableColumn column : table.getColumns()) {
            if (TableActions.isShown(column)) {
                column.pack();
            }
        }
    }
}
