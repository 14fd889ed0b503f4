package org.grenier.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A cell whose text does not show whole (its column narrower than the text, or the table too narrow for the column,
 * as the Forecasts part's side tables often are) tells its whole text as the pointer rests on it. Whole cells tell
 * nothing, so that a tooltip never repeats what is already in sight.
 */
public final class CellTips {

    /** Room SWT keeps around a cell's text; a text that needs more than the cell less this is cut. */
    private static final int CELL_MARGIN = 12;

    private CellTips() {
    }

    static void install(Table table) {
        table.addListener(SWT.MouseHover, event -> table.setToolTipText(tipAt(table, new Point(event.x, event.y))));
        // A tip shown stays with its cell: moving onto another cell drops it until the pointer rests again.
        table.addListener(SWT.MouseMove, event -> {
            String tip = table.getToolTipText();
            if (tip != null && !tip.equals(tipAt(table, new Point(event.x, event.y)))) {
                table.setToolTipText(null);
            }
        });
        table.addListener(SWT.MouseExit, event -> table.setToolTipText(null));
    }

    /** The whole text of the cell at this point of the table, when the cell cuts it; otherwise null. */
    public static String tipAt(Table table, Point point) {
        TableItem item = table.getItem(point);
        if (item == null) {
            return null;
        }
        for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
            Rectangle cell = item.getBounds(column);
            if (cell.contains(point)) {
                String text = item.getText(column);
                return !text.isEmpty() && isCut(table, cell, text) ? text : null;
            }
        }
        return null;
    }

    private static boolean isCut(Table table, Rectangle cell, String text) {
        Rectangle visible = table.getClientArea();
        int shown = Math.min(cell.x + cell.width, visible.x + visible.width) - Math.max(cell.x, visible.x);
        GC gc = new GC(table);
        try {
            gc.setFont(table.getFont());
            return gc.textExtent(text).x > shown - CELL_MARGIN;
        } finally {
            gc.dispose();
        }
    }
}
