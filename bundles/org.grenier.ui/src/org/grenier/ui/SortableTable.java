package org.grenier.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.CsvCells;

/**
 * A table of records a person sorts by clicking a column's header (again to reverse) and exports as CSV exactly as
 * shown: the same columns, rows in the same order, cells as displayed. Numbers sort as numbers, not as their text.
 */
public final class SortableTable<T> {

    /** A column: its title, alignment ({@code SWT.LEFT} or {@code SWT.RIGHT}), cell text and sort order. */
    public record Column<T>(String title, int align, Function<T, String> text, Comparator<T> order) {
    }

    private final Table table;
    private final List<Column<T>> columns;
    private List<T> rows = List.of();
    private BiConsumer<T, TableItem> styler = (row, item) -> { };
    private int sortColumn = -1;
    private boolean ascending = true;

    public SortableTable(Composite parent, int style, List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        table = Tables.create(parent, style);
        for (int i = 0; i < this.columns.size(); i++) {
            TableColumn column = new TableColumn(table, this.columns.get(i).align());
            column.setText(this.columns.get(i).title());
            int index = i;
            column.addListener(SWT.Selection, event -> sortBy(index, sortColumn == index ? !ascending : true));
        }
    }

    public Table table() {
        return table;
    }

    /** Colours or marks each row's item as it is filled (the orders to place now, say). */
    public void setStyler(BiConsumer<T, TableItem> styler) {
        this.styler = styler;
    }

    /** Shows these rows, in the current sort order when a column has been chosen, else as given. */
    public void show(List<T> shown) {
        rows = new ArrayList<>(shown);
        refill();
        Tables.pack(table);
    }

    /** Sorts by the {@code column}-th column. */
    public void sortBy(int column, boolean up) {
        sortColumn = column;
        ascending = up;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        refill();
    }

    /** The rows in the order shown. */
    public List<T> rows() {
        return List.copyOf(rows);
    }

    /**
     * Writes the table as shown to a UTF-8 CSV file (with a byte order mark, so that spreadsheets read the accents):
     * a header of the column titles, then a line per row. Written beside, then moved, so a failure leaves no half
     * file.
     */
    public void exportCsv(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(CsvCells.row(columns.stream().map(Column::title).toList()) + "\r\n");
            for (T row : rows) {
                out.write(CsvCells.row(columns.stream().map(c -> c.text().apply(row)).toList()) + "\r\n");
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void refill() {
        if (sortColumn >= 0) {
            Comparator<T> order = columns.get(sortColumn).order();
            rows.sort(ascending ? order : order.reversed());
        }
        table.setRedraw(false);
        table.removeAll();
        for (T row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(row);
            for (int i = 0; i < columns.size(); i++) {
                item.setText(i, columns.get(i).text().apply(row));
            }
            styler.accept(row, item);
        }
        table.setRedraw(true);
    }
}
