package org.grenier.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Sorting by a click on a column's header (again to reverse) for the workbench's tables of a few rows, which hold their
 * cells as text: numbers sort as numbers and dates as dates, read the locale's way, the words by the locale's
 * collation, and empty or "–" cells last whichever the direction ({@link CellOrder}). Each row moves whole: its cells,
 * colours, check mark and the record it stands for ({@link TableItem#getData()}), so a part finds the record chosen
 * whatever the order. A part that fills its table anew calls {@link Tables#pack}, which sorts it again. Tables of
 * records use {@link SortableTable}.
 */
final class TableSort {

    private static final String SORTABLE = "grenier.sortable";

    private TableSort() {
    }

    static void install(Table table) {
        table.setData(SORTABLE, Boolean.TRUE);
        for (TableColumn column : table.getColumns()) {
            column.addListener(SWT.Selection, event -> {
                boolean up = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
                table.setSortColumn(column);
                table.setSortDirection(up ? SWT.UP : SWT.DOWN);
                sort(table);
            });
        }
    }

    /** Sorts again in the order chosen, once the rows were filled anew. */
    static void again(Table table) {
        if (table.getData(SORTABLE) != null && table.getSortColumn() != null && table.getSortDirection() != SWT.NONE) {
            sort(table);
        }
    }

    private static void sort(Table table) {
        int column = table.indexOf(table.getSortColumn());
        TableItem[] items = table.getItems();
        CellOrder cells = new CellOrder(Numbers.locale());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            // each cell read once: the comparisons then compare what was read
            rows.add(new Row(items[i], Math.max(1, table.getColumnCount()), table.isSelected(i),
                    cells.key(items[i].getText(column))));
        }
        rows.sort(Comparator.comparing(row -> row.key, cells.order(table.getSortDirection() == SWT.UP)));
        table.setRedraw(false);
        try {
            List<Integer> select = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).writeTo(items[i]);
                if (rows.get(i).chosen) {
                    select.add(i);
                }
            }
            table.setSelection(select.stream().mapToInt(Integer::intValue).toArray());
        } finally {
            table.setRedraw(true);
        }
    }

    /** A row as it shows: what moves with it when the table is sorted. */
    private static final class Row {
        private final String[] texts;
        private final Image[] images;
        private final Color[] foregrounds;
        private final Color[] backgrounds;
        private final Font[] fonts;
        private final Color foreground;
        private final Color background;
        private final Font font;
        private final Object data;
        private final boolean checked;
        private final boolean grayed;
        private final boolean chosen;
        private final CellOrder.Key key;

        private Row(TableItem item, int columns, boolean chosen, CellOrder.Key key) {
            this.chosen = chosen;
            this.key = key;
            texts = new String[columns];
            images = new Image[columns];
            foregrounds = new Color[columns];
            backgrounds = new Color[columns];
            fonts = new Font[columns];
            for (int i = 0; i < columns; i++) {
                texts[i] = item.getText(i);
                images[i] = item.getImage(i);
                foregrounds[i] = item.getForeground(i);
                backgrounds[i] = item.getBackground(i);
                fonts[i] = item.getFont(i);
            }
            foreground = item.getForeground();
            background = item.getBackground();
            font = item.getFont();
            data = item.getData();
            checked = item.getChecked();
            grayed = item.getGrayed();
        }

        void writeTo(TableItem item) {
            item.setText(texts);
            item.setImage(images);
            item.setForeground(foreground);
            item.setBackground(background);
            item.setFont(font);
            for (int i = 0; i < texts.length; i++) {
                item.setForeground(i, foregrounds[i]);
                item.setBackground(i, backgrounds[i]);
                item.setFont(i, fonts[i]);
            }
            item.setData(data);
            item.setChecked(checked);
            item.setGrayed(grayed);
        }
    }
}
