package org.grenier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.ui.CellTips;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.TableActions;
import org.grenier.ui.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's tables under Xvfb: filter, column chooser, copy to the clipboard, and a CSV export that a
 * spreadsheet reads back to the same cells, formulas neutralised and delimited the user's way.
 */
class TablesTest {

    record Stock(String sku, String name, double change) {
    }

    private static final List<Stock> STOCK = List.of(new Stock("BLE-T1", "Blé tendre", -12.5),
            new Stock("ORG-1", "Orge de printemps", -40), new Stock("XSS", "=HYPERLINK(\"http://x\";\"clic\")", 3),
            new Stock("MAIS", "Maïs grain", 1234.25));

    private Shell shell;
    private SortableTable<Stock> stock;
    private Locale locale;

    @BeforeEach
    void open() {
        locale = Locale.getDefault(Locale.Category.FORMAT);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new GridLayout());
        stock = new SortableTable<>(shell, SWT.MULTI, List.of(
                new Column<Stock>("Product", SWT.LEFT, Stock::sku, Comparator.comparing(Stock::sku)),
                new Column<Stock>("Name", SWT.LEFT, Stock::name, Comparator.comparing(Stock::name)),
                new Column<Stock>("Change", SWT.RIGHT, s -> String.format(Locale.getDefault(Locale.Category.FORMAT),
                        "%,.2f", s.change()), Comparator.comparingDouble(Stock::change))));
        stock.show(STOCK);
        shell.setSize(600, 400);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        Locale.setDefault(Locale.Category.FORMAT, locale);
    }

    @Test
    void filtersOnWordsFromAnyColumnWhateverTheCaseAndAccents() {
        stock.filter().setText("ble");
        assertEquals(List.of("BLE-T1"), skus(), "'ble' finds Blé");
        stock.filter().setText("MAÏS grain");
        assertEquals(List.of("MAIS"), skus(), "every word must be found");
        stock.filter().setText("printemps org");
        assertEquals(List.of("ORG-1"), skus(), "in any order, across columns");
        assertTrue(Arrays.stream(stock.table().getParent().getChildren()).anyMatch(c -> c instanceof
                org.eclipse.swt.widgets.Label label && label.getText().equals("1 of 4 rows")), "the count is shown");
        stock.filter().setText("");
        assertEquals(4, stock.table().getItemCount());
    }

    @Test
    void exportsWhatIsShownAndASpreadsheetReadsItBack(@TempDir Path folder) throws Exception {
        Locale.setDefault(Locale.Category.FORMAT, Locale.FRANCE);
        stock.show(STOCK);
        stock.sortBy(2, false);
        TableActions.show(stock.table().getColumn(0), false);
        stock.filter().setText("i"); // not in "Blé tendre"
        Path file = folder.resolve("stock.csv");
        stock.exportCsv(file);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "a UTF-8 byte order mark, for spreadsheets to read the accents");
        List<CSVRecord> read;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            read = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in).getRecords();
        }
        Table table = stock.table();
        assertEquals(3, table.getItemCount());
        assertEquals(table.getItemCount() + 1, read.size(), "the header and each row kept by the filter");
        assertEquals(List.of("Name", "Change"), read.get(0).toList(), "the hidden column is left out");
        for (int row = 0; row < table.getItemCount(); row++) {
            List<String> cells = read.get(row + 1).toList();
            String name = table.getItem(row).getText(1);
            assertEquals(name.startsWith("=") ? "'" + name : name, cells.get(0), "row " + row + " in order");
            assertEquals(table.getItem(row).getText(2), cells.get(1), "cells as shown");
        }
        assertTrue(read.stream().anyMatch(r -> r.get(0).equals("'=HYPERLINK(\"http://x\";\"clic\")")),
                "a formula is written as text");
        assertTrue(read.stream().anyMatch(r -> r.get(1).equals("-40,00")), "a negative number stays a number");
        assertTrue(read.stream().anyMatch(r -> r.get(1).equals("1\u202F234,25")), "French grouping and comma");
        assertFalse(Files.exists(folder.resolve("stock.csv.part")));
    }

    @Test
    void copiesTheSelectedRowsWithTheirHeaderAsTabSeparatedText() {
        Table table = stock.table();
        table.setSelection(new int[] { 0, 3 });
        String copied = TableActions.copy(table);
        String expected = "Product\tName\tChange\n" + line(table, 0) + line(table, 3);
        assertEquals(expected, copied);
        Clipboard clipboard = new Clipboard(shell.getDisplay());
        try {
            assertEquals(expected, clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void theColumnChooserHidesAndBringsBackAColumnButNeverTheLast() {
        Table table = stock.table();
        int width = table.getColumn(1).getWidth();
        MenuItem chooser = Arrays.stream(table.getMenu().getItems()).filter(i -> i.getText().equals("C&olumns"))
                .findFirst().orElseThrow();
        chooser.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        MenuItem name = chooser.getMenu().getItem(1);
        assertTrue(name.getSelection(), "shown columns are checked");
        name.setSelection(false);
        name.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(0, table.getColumn(1).getWidth(), "hidden");
        assertEquals(List.of("Product", "Change"), TableActions.cells(table, false).get(0));
        stock.show(STOCK);
        assertEquals(0, table.getColumn(1).getWidth(), "still hidden after the rows are refreshed");
        TableActions.show(table.getColumn(0), false);
        chooser.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        assertFalse(chooser.getMenu().getItem(2).getEnabled(), "the last column shown cannot be hidden");
        TableActions.show(table.getColumn(1), true);
        assertEquals(width, table.getColumn(1).getWidth(), "back at its width");
    }

    @Test
    void aCutCellTellsItsWholeTextAsTheTipAndAWholeOneTellsNothing() {
        Table table = stock.table();
        TableItem orge = Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals("ORG-1")).findFirst()
                .orElseThrow();
        table.getColumn(0).pack();
        table.getColumn(1).setWidth(40);
        settle();
        assertEquals("Orge de printemps", CellTips.tipAt(table, middle(orge.getBounds(1))), "a column too narrow");
        assertNull(CellTips.tipAt(table, middle(orge.getBounds(0))), "a whole cell has no tip");

        table.getColumn(1).pack();
        settle();
        Rectangle change = orge.getBounds(2);
        table.setSize(change.x + 12, table.getSize().y);
        settle();
        assertEquals(orge.getText(2), CellTips.tipAt(table, new Point(change.x + 4, change.y + change.height / 2)),
                "a column the table is too narrow to show whole");
        assertNull(CellTips.tipAt(table, middle(orge.getBounds(1))), "the column before it shows whole");
    }

    /**
     * A table of a few rows held as text sorts by a click on its header: figures as numbers whatever their grouping,
     * unit or locale, dates as dates, the empty cells last either way; each row keeps its record, colour, check mark
     * and selection, and a table filled anew is sorted again.
     */
    @Test
    void aPlainTableSortsByItsHeaderNumbersAndDatesByValueAndRowsMoveWhole() {
        for (Locale shown : List.of(Locale.UK, Locale.FRANCE)) {
            Locale.setDefault(Locale.Category.FORMAT, shown);
            Table table = Tables.create(shell, SWT.CHECK, "Product", "Shelf life", "Trained");
            java.time.format.DateTimeFormatter when = org.grenier.ui.Numbers.dateTime(
                    java.time.format.FormatStyle.SHORT);
            java.time.Instant now = java.time.Instant.parse("2026-11-20T09:30:00Z");
            fill(table, List.of(
                    new String[] { "LAIT", String.format(shown, "%,d kg", 4), when.format(now.minusSeconds(3600)) },
                    new String[] { "PARA", String.format(shown, "%,d", 1095),
                        when.format(now.minusSeconds(86_400 * 40)) },
                    new String[] { "BLE", "\u2013", when.format(now) },
                    new String[] { "POMME", String.format(shown, "%,.1f", 120.5), when.format(now.minusSeconds(
                            86_400L * 400)) }));
            table.getItem(1).setChecked(true);
            table.getItem(1).setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_RED));
            table.getColumn(1).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals(List.of("LAIT", "POMME", "PARA", "BLE"), column(table, 0), shown + ": by shelf life");
            TableItem para = table.getItem(2);
            assertEquals("PARA", para.getData(), "the record moves with its row");
            assertTrue(para.getChecked(), "and its check mark");
            assertEquals(shell.getDisplay().getSystemColor(SWT.COLOR_RED), para.getForeground(), "and its colour");
            table.getColumn(1).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals(List.of("PARA", "POMME", "LAIT", "BLE"), column(table, 0), shown + ": reversed, the empty last");
            table.setSelection(column(table, 0).indexOf("PARA"));
            table.getColumn(2).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals(List.of("POMME", "PARA", "LAIT", "BLE"), column(table, 0), shown + ": by date");
            assertEquals("PARA", Tables.chosen(table, String.class), "the row chosen moves with its record");
            fill(table, List.of(new String[] { "B", "", when.format(now) }, new String[] { "A", "", when.format(
                    now.minusSeconds(60)) }));
            assertEquals(List.of("A", "B"), column(table, 0), shown + ": sorted again once filled anew");
            table.dispose();
        }
    }

    /**
     * A record chosen in a table of records stays chosen when a sort moves it, and the part hears of it as of a click,
     * so the details it shows beside the table follow.
     */
    @Test
    void theRecordChosenStaysChosenWhenTheTableIsSortedAndThePartHearsOfIt() {
        Table table = stock.table();
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        table.addListener(SWT.Selection, event -> heard.incrementAndGet());
        table.setSelection(skus().indexOf("MAIS"));
        stock.sortBy(2, true);
        assertEquals(List.of("ORG-1", "BLE-T1", "XSS", "MAIS"), skus(), "by change");
        assertEquals(skus().indexOf("MAIS"), table.getSelectionIndex(), "Maïs still chosen, now last");
        assertEquals(1, heard.get(), "the part told");
        stock.filter().setText("orge");
        assertEquals(-1, table.getSelectionIndex(), "let go once the filter hides it");
    }

    private static void fill(Table table, List<String[]> rows) {
        table.removeAll();
        for (String[] row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row);
            item.setData(row[0]);
        }
        Tables.pack(table);
    }

    private static List<String> column(Table table, int column) {
        return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
    }

    /** GTK applies a column's or a table's new size as it lays them out, in the event loop. */
    private static void settle() {
        Display display = Display.getDefault();
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private static Point middle(Rectangle cell) {
        return new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
    }

    private List<String> skus() {
        return stock.rows().stream().map(Stock::sku).toList();
    }

    private static String line(Table table, int row) {
        return table.getItem(row).getText(0) + "\t" + table.getItem(row).getText(1) + "\t"
                + table.getItem(row).getText(2) + "\n";
    }
}
