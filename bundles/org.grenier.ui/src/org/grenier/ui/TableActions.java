package org.grenier.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.CsvCells;

/**
 * What every table of the workbench lets a person do with what it shows: copy rows (Ctrl+C, tab separated, so they
 * paste into a spreadsheet's cells), select all (Ctrl+A), export to CSV, and choose the columns shown. All of it works
 * on the table as displayed: the columns shown, the rows in their order, the cells as written.
 */
public final class TableActions {

    private static final String HIDDEN_WIDTH = "grenier.hiddenWidth";

    private TableActions() {
    }

    /** Adds the keys and the right-click menu (see {@link TableMenu}) to the table. */
    public static void install(Table table) {
        table.addListener(SWT.KeyDown, event -> {
            if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'c' || event.keyCode == 'a')) {
                if (event.keyCode == 'c') {
                    copy(table);
                } else {
                    table.selectAll();
                }
                event.doit = false;
            }
        });
        TableMenu.attach(table);
        CellTips.install(table);
    }

    /** True when the column is shown (not hidden by the column chooser). */
    public static boolean isShown(TableColumn column) {
        return column.getData(HIDDEN_WIDTH) == null;
    }

    /** Shows or hides a column; a hidden column keeps its width for when it comes back. */
    public static void show(TableColumn column, boolean shown) {
        if (shown == isShown(column)) {
            return;
        }
        if (shown) {
            column.setResizable(true);
            column.setWidth((Integer) column.getData(HIDDEN_WIDTH));
            column.setData(HIDDEN_WIDTH, null);
            if (column.getWidth() == 0) {
                column.pack();
            }
        } else {
            column.setData(HIDDEN_WIDTH, column.getWidth());
            column.setWidth(0);
            column.setResizable(false);
        }
    }

    /** The header and the rows (the selected ones, or all when none is selected), columns shown only. */
    public static List<List<String>> cells(Table table, boolean selectedOnly) {
        List<Integer> shown = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (isShown(table.getColumn(i))) {
                shown.add(i);
                header.add(table.getColumn(i).getText());
            }
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        TableItem[] items = selectedOnly && table.getSelectionCount() > 0 ? table.getSelection() : table.getItems();
        for (TableItem item : items) {
            cells.add(shown.stream().map(item::getText).toList());
        }
        return cells;
    }

    /** Copies the selected rows (all when none is) with their header as tab-separated text; returns the text. */
    public static String copy(Table table) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : cells(table, true)) {
            text.append(String.join("\t", row.stream().map(TableActions::oneLine).toList())).append('\n');
        }
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        return text.toString();
    }

    /** Writes the table as shown to a CSV file: see {@link #writeCsv}. */
    public static void exportCsv(Table table, Path file) throws IOException {
        writeCsv(cells(table, false), file, Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * Writes cells to a UTF-8 CSV file with a byte order mark (so that spreadsheets read the accents), delimited the
     * locale's way (a semicolon in French), every cell quoted and formulas neutralised. Written beside, then moved,
     * so a failure leaves no half file.
     */
    public static void writeCsv(List<List<String>> cells, Path file, Locale locale) throws IOException {
        char delimiter = CsvCells.delimiter(locale);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            for (List<String> row : cells) {
                out.write(CsvCells.row(row, delimiter) + "\r\n");
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String oneLine(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
