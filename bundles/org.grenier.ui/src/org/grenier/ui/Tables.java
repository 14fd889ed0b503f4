package org.grenier.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

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
