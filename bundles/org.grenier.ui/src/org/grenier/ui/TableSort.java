package org.grenier.ui;

import java.text.Collator;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
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
 * Sorting by a click on a column's header (again to reverse) for the workbench's tables of a few rows, which hold
 * their cells as text: numbers sort as numbers and dates as dates, read the locale's way, the words by the locale's
 * collation, and empty or "–" cells last. Each row moves whole: its cells, colours, check mark and the record it
 * stands for ({@link TableItem#getData()}), so a part finds the record chosen whatever the order. A part that fills
 * its table anew calls {@link Tables#pack}, which sorts it again. Tables of records use {@link SortableTable}.
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
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            rows.add(new Row(items[i], Math.max(1, table.getColumnCount()), table.isSelected(i)));
        }
        Comparator<Row> order = Comparator.comparing(row -> row.key(column), CellKey.ORDER);
        rows.sort(table.getSortDirection() == SWT.UP ? order : order.reversed());
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

        private Row(TableItem item, int columns, boolean chosen) {
            this.chosen = chosen;
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

        CellKey key(int column) {
            return CellKey.of(texts[column]);
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

    /** How a cell sorts: a number or a date by its value, else its words; an empty cell last. */
    record CellKey(int kind, double value, String words) {

        private static final int FIGURE = 0;
        private static final int WORDS = 1;
        private static final int EMPTY = 2;

        static final Comparator<CellKey> ORDER = Comparator.comparingInt(CellKey::kind)
                .thenComparingDouble(CellKey::value)
                .thenComparing(CellKey::words, Collator.getInstance(Numbers.locale()));

        static CellKey of(String cell) {
            String text = cell.replace("\u2605", "").strip();
            if (text.isEmpty() || text.equals("-") || text.equals("\u2013")) {
                return new CellKey(EMPTY, 0, "");
            }
            Double figure = number(text);
            if (figure == null) {
                figure = date(text);
            }
            return figure != null ? new CellKey(FIGURE, figure, text) : new CellKey(WORDS, 0, text);
        }

        /** The cell as a number when it is one, a unit or a percent sign after it allowed ("12,5 %", "60 kg"). */
        private static Double number(String text) {
            String digits = text.replace('\u00a0', ' ').replace('\u202f', ' ');
            NumberFormat format = NumberFormat.getNumberInstance(Numbers.locale());
            ParsePosition position = new ParsePosition(0);
            Number parsed = format.parse(digits.replace(" ", groupingSpace()), position);
            if (parsed == null || position.getIndex() == 0) {
                return null;
            }
            String rest = digits.replace(" ", groupingSpace()).substring(position.getIndex()).strip();
            // a unit or a percent after the figure, not words that start with a digit ("2 lots de 12")
            return rest.length() <= 3 && rest.chars().noneMatch(Character::isDigit) ? parsed.doubleValue() : null;
        }

        /** French groups thousands with a narrow no-break space; the other locales with what they use. */
        private static String groupingSpace() {
            NumberFormat format = NumberFormat.getNumberInstance(Numbers.locale());
            String grouped = format.format(1000);
            char separator = grouped.charAt(1);
            return Character.isSpaceChar(separator) ? String.valueOf(separator) : " ";
        }

        private static Double date(String text) {
            for (FormatStyle style : new FormatStyle[] { FormatStyle.SHORT, FormatStyle.MEDIUM }) {
                for (DateTimeFormatter format : new DateTimeFormatter[] { Numbers.dateTime(style),
                        DateTimeFormatter.ofLocalizedDate(style).withLocale(Numbers.locale()) }) {
                    try {
                        TemporalAccessor parsed = format.parse(text);
                        double day = parsed.getLong(ChronoField.EPOCH_DAY);
                        double second = parsed.isSupported(ChronoField.SECOND_OF_DAY)
                                ? parsed.getLong(ChronoField.SECOND_OF_DAY) : 0;
                        return day * 86_400 + second;
                    } catch (DateTimeException e) {
                        // not this form: the next one, or not a date
                    }
                }
            }
            return null;
        }
    }
}
