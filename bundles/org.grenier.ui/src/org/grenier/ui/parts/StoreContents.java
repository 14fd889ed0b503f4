package org.grenier.ui.parts;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.model.Sku;
import org.grenier.core.store.RecordKind;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.Tables;
import org.grenier.ui.store.StoreSnapshot;

/** The two tables of the Store part: record counts by kind, and the products (filtered by typing, sorted by a click). */
public final class StoreContents {

    private final Composite root;
    private final Table counts;
    private final SortableTable<Sku> products;

    StoreContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        counts = Tables.create(group(root, Messages.StorePart_Contents, false), SWT.V_SCROLL | SWT.H_SCROLL,
                Messages.StorePart_Kind, Messages.StorePart_Count);
        // a catalogue runs to thousands of products: found by typing, sorted by a click
        products = new SortableTable<>(group(root, Messages.StorePart_Products, true), SWT.V_SCROLL | SWT.H_SCROLL,
                List.of(words(Messages.StorePart_Code, Sku::code), words(Messages.StorePart_Name, Sku::name),
                        words(Messages.StorePart_Category, sku -> nullToEmpty(sku.category())),
                        words(Messages.StorePart_Unit, Sku::unit),
                        new Column<>(Messages.StorePart_ShelfLife, SWT.RIGHT, sku -> sku.shelfLifeDays() == null ? ""
                                : Numbers.number(sku.shelfLifeDays(), 0), Comparator.comparing(Sku::shelfLifeDays,
                                        Comparator.nullsLast(Comparator.naturalOrder())))));
    }

    Control control() {
        return root;
    }

    public Table counts() {
        return counts;
    }

    public Table products() {
        return products.table();
    }

    /** The products with their filter and sorting. */
    public SortableTable<Sku> productList() {
        return products;
    }

    void show(StoreSnapshot snapshot) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        counts.removeAll();
        for (RecordKind kind : RecordKind.values()) {
            TableItem item = new TableItem(counts, SWT.NONE);
            item.setText(new String[] { Labels.of(kind), number.format(snapshot.summary().count(kind)) });
        }
        products.show(snapshot.skus());
        Tables.pack(counts);
    }

    private static Column<Sku> words(String title, Function<Sku, String> text) {
        return new Column<>(title, SWT.LEFT, text, Comparator.comparing(text, Comparator.nullsLast(
                Comparator.naturalOrder())));
    }

    private static Group group(Composite parent, String title, boolean grab) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout());
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, grab, true));
        return group;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
