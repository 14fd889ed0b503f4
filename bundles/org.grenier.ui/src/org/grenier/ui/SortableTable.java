package org.grenier.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A table of records a person filters by typing words from any column, sorts by clicking a column's header (again to
 * reverse) and exports as CSV exactly as shown: the columns shown, the rows kept by the filter in their order, cells
 * as displayed. Numbers sort as numbers, not as their text. Copy, export and the column chooser come from
 * {@link TableActions}.
 */
public final class SortableTable<T> {

    /** A column: its title, alignment ({@code SWT.LEFT} or {@code SWT.RIGHT}), cell text and sort order. */
    public record Column<T>(String title, int align, Function<T, String> text, Comparator<T> order) {
    }

    private final Composite box;
    private final Text filter;
    private final Label count;
    private final Table table;
    private final List<Column<T>> columns;
    private List<T> all = List.of();
    private List<T> rows = List.of();
    private BiConsumer<T, TableItem> styler = (row, item) -> { };
    private int sortColumn = -1;
    private boolean ascending = true;

    public SortableTable(Composite parent, int style, List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        filter = new Text(box, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.Table_Filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, event -> refill());
        count = new Label(box, SWT.NONE);
        count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        table = Tables.create(box, style);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
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

    /** The filter box above the table. */
    public Text filter() {
        return filter;
    }

    /** Colours or marks each row's item as it is filled (the orders to place now, say). */
    public void setStyler(BiConsumer<T, TableItem> styler) {
        this.styler = styler;
    }

    /** Shows these rows (those the filter keeps), in the current sort order when a column has been chosen. */
    public void show(List<T> shown) {
        all = List.copyOf(shown);
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

    /** The rows in the order shown (those the filter keeps). */
    public List<T> rows() {
        return List.copyOf(rows);
    }

    /** Writes the table as shown to a CSV file, the locale's way ({@link TableActions#exportCsv}). */
    public void exportCsv(Path file) throws IOException {
        TableActions.exportCsv(table, file);
    }

    private void refill() {
        List<T> chosen = java.util.Arrays.stream(table.getSelectionIndices()).mapToObj(rows::get).toList();
        List<String> words = words(filter.getText());
        rows = new ArrayList<>(all.stream().filter(row -> kept(row, words)).toList());
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
        chooseAgain(chosen);
        count.setText(words.isEmpty() ? (all.size() == 1 ? Messages.Table_OneRow : NLS.bind(Messages.Table_Rows,
                all.size()))
                : NLS.bind(Messages.Table_RowsKept, rows.size(), all.size()));
        box.layout(new org.eclipse.swt.widgets.Control[] { count });
    }

    /**
     * The records chosen before stay chosen wherever the sort or the filter moved them, and the part hears of it as
     * of a click, so what it shows beside the table (details, buttons) follows; a record the filter hid is let go.
     */
    private void chooseAgain(List<T> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        table.setSelection(chosen.stream().mapToInt(rows::indexOf).filter(index -> index >= 0).toArray());
        table.notifyListeners(SWT.Selection, new Event());
    }

    /** A row is kept when each word typed is in one of its cells shown, whatever the case and accents. */
    private boolean kept(T row, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (TableActions.isShown(table.getColumn(i))) {
                cells.append(plain(columns.get(i).text().apply(row))).append('\u0000');
            }
        }
        return words.stream().allMatch(word -> cells.indexOf(word) >= 0);
    }

    private static List<String> words(String typed) {
        String plain = plain(typed).strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split("\\s+"));
    }

    /** Lower case without accents: "Blé" is found by typing "ble". */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
