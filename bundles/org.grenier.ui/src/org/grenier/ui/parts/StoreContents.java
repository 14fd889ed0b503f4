package org.grenier.ui.parts;

import java.text.NumberFormat;

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
import org.grenier.ui.Tables;
import org.grenier.ui.store.StoreSnapshot;

/** The two tables of the Store part: record counts by kind, and the products. */
public final class StoreContents {

    private final Composite root;
    private final Table counts;
    private final Table products;

    StoreContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        counts = Tables.create(group(root, Messages.StorePart_Contents, false), SWT.V_SCROLL | SWT.H_SCROLL,
                Messages.StorePart_Kind, Messages.StorePart_Count);
        products = Tables.create(group(root, Messages.StorePart_Products, true), SWT.V_SCROLL | SWT.H_SCROLL,
                Messages.StorePart_Code, Messages.StorePart_Name, Messages.StorePart_Category,
                Messages.StorePart_Unit, Messages.StorePart_ShelfLife);
    }

    Control control() {
        return root;
    }

    public Table counts() {
        return counts;
    }

    public Table products() {
        return products;
    }

    void show(StoreSnapshot snapshot) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        counts.removeAll();
        for (RecordKind kind : RecordKind.values()) {
            TableItem item = new TableItem(counts, SWT.NONE);
            item.setText(new String[] { Labels.of(kind), number.format(snapshot.summary().count(kind)) });
        }
        products.removeAll();
        for (Sku sku : snapshot.skus()) {
            TableItem item = new TableItem(products, SWT.NONE);
            item.setText(new String[] { sku.code(), sku.name(), nullToEmpty(sku.category()), sku.unit(),
                    sku.shelfLifeDays() == null ? "" : number.format(sku.shelfLifeDays()) });
        }
        Tables.pack(counts);
        Tables.pack(products);
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
