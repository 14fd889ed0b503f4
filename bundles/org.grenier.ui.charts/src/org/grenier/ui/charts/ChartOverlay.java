package org.grenier.ui.charts;

import java.awt.geom.Rectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/** What is drawn over the chart's image: the crosshair through the point read, its readout, and the zoom box. */
final class ChartOverlay {

    private static final int PAD = 4;

    private ChartOverlay() {
    }

    static void draw(GC gc, Rectangle2D area, ChartReadout.Point readout, Rectangle box) {
        if (area == null) {
            return;
        }
        Color ink = gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY);
        if (box != null) {
            gc.setAlpha(40);
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_BLUE));
            gc.fillRectangle(box);
            gc.setAlpha(255);
            gc.setForeground(ink);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(box);
        }
        if (readout != null) {
            crosshair(gc, area, readout, ink);
        }
    }

    private static void crosshair(GC gc, Rectangle2D area, ChartReadout.Point readout, Color ink) {
        int x = (int) Math.round(readout.x());
        int y = (int) Math.round(readout.y());
        gc.setForeground(ink);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawLine(x, (int) area.getMinY(), x, (int) area.getMaxY());
        gc.drawLine((int) area.getMinX(), y, (int) area.getMaxX(), y);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawOval(x - 3, y - 3, 6, 6);
        Point size = gc.textExtent(readout.text());
        int left = x + 10 + size.x + 2 * PAD > area.getMaxX() ? x - 10 - size.x - 2 * PAD : x + 10;
        int top = Math.max((int) area.getMinY(), y - size.y - 2 * PAD - 6);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(left, top, size.x + 2 * PAD, size.y + 2 * PAD);
        gc.drawRectangle(left, top, size.x + 2 * PAD, size.y + 2 * PAD);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(readout.text(), left + PAD, top + PAD, true);
    }
}
