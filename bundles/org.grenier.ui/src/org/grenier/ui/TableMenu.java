package org.grenier.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table's right-click menu: Copy, Select all, Export to CSV…, and Columns, a check item per column. The export
 * takes the cells on the UI thread (they are the widget's) and writes them in a Job, so a slow disk never freezes
 * the window; a failure is reported with the file's name.
 */
final class TableMenu {

    private TableMenu() {
    }

    static void attach(Table table) {
        Menu menu = new Menu(table);
        item(menu, Messages.Table_Copy, () -> TableActions.copy(table));
        item(menu, Messages.Table_SelectAll, table::selectAll);
        item(menu, Messages.Table_Export, () -> export(table));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem columns = new MenuItem(menu, SWT.CASCADE);
        columns.setText(Messages.Table_Columns);
        Menu chooser = new Menu(columns);
        columns.setMenu(chooser);
        chooser.addListener(SWT.Show, event -> fillChooser(table, chooser));
        table.setMenu(menu);
    }

    private static void fillChooser(Table table, Menu chooser) {
        for (MenuItem old : chooser.getItems()) {
            old.dispose();
        }
        long shown = List.of(table.getColumns()).stream().filter(TableActions::isShown).count();
        for (TableColumn column : table.getColumns()) {
            MenuItem check = new MenuItem(chooser, SWT.CHECK);
            check.setText(column.getText());
            check.setSelection(TableActions.isShown(column));
            // the last column shown stays: a table with no column is a blank box with no way back
            check.setEnabled(!(shown == 1 && TableActions.isShown(column)));
            check.addListener(SWT.Selection, event -> TableActions.show(column, check.getSelection()));
        }
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private static void export(Table table) {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        List<List<String>> cells = TableActions.cells(table, false);
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        Job.create(NLS.bind(Messages.Table_Exporting, file.getFileName()), monitor -> {
            try {
                TableActions.writeCsv(cells, file, locale);
                return Status.OK_STATUS;
            } catch (IOException e) {
                String message = NLS.bind(Messages.Plan_ExportFailed, file, e.getMessage());
                UiThread.later(table, () -> {
                    if (!table.isDisposed()) {
                        MessageDialog.openError(table.getShell(), Messages.Table_Export, message);
                    }
                });
                return Status.error(message, e);
            }
        }).schedule();
    }
}
