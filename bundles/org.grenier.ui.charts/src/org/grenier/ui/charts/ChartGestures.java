package org.grenier.ui.charts;

import java.awt.geom.Rectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse and keys of a chart: the wheel zooms around the pointer, a left drag draws a box to zoom into, a
 * Shift+drag or a middle drag pans, a double-click or Home resets; + and - zoom at the centre, the arrows pan by a
 * tenth. The pointer's position feeds the crosshair.
 */
final class ChartGestures {

    private static final double WHEEL_STEP = 0.8;

    private final ChartCanvas canvas;
    private int fromX;
    private int fromY;
    private int toX;
    private int toY;
    private boolean dragging;
    private boolean panning;

    ChartGestures(ChartCanvas canvas) {
        this.canvas = canvas;
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseExit, event -> canvas.pointAt(-1, -1));
        canvas.addListener(SWT.MouseDoubleClick, event -> canvas.resetZoom());
        canvas.addListener(SWT.KeyDown, this::key);
    }

    /** The zoom box being drawn, in pixels, or null. */
    Rectangle box() {
        if (!dragging || panning) {
            return null;
        }
        return new Rectangle(Math.min(fromX, toX), Math.min(fromY, toY), Math.abs(toX - fromX),
                Math.abs(toY - fromY));
    }

    private void wheel(Event event) {
        Rectangle2D area = canvas.dataArea();
        if (area != null && canvas.navigation() != null && event.count != 0) {
            double factor = event.count > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
            canvas.navigation().zoom(factor, event.x, event.y, area, (event.stateMask & SWT.MOD1) != 0);
            event.doit = false;
        }
    }

    private void down(Event event) {
        canvas.setFocus();
        if (event.button == 1 || event.button == 2) {
            dragging = true;
            panning = event.button == 2 || (event.stateMask & SWT.SHIFT) != 0;
            fromX = toX = event.x;
            fromY = toY = event.y;
        }
    }

    private void move(Event event) {
        if (dragging && panning && canvas.dataArea() != null && canvas.navigation() != null) {
            canvas.navigation().pan(toX, toY, event.x, event.y, canvas.dataArea());
        }
        toX = event.x;
        toY = event.y;
        if (dragging && !panning) {
            canvas.redraw();
        }
        canvas.pointAt(event.x, event.y);
    }

    private void up(Event event) {
        if (dragging && !panning && canvas.dataArea() != null && canvas.navigation() != null) {
            canvas.navigation().zoomTo(fromX, fromY, event.x, event.y, canvas.dataArea());
        }
        dragging = false;
        panning = false;
        canvas.redraw();
    }

    private void key(Event event) {
        Rectangle2D area = canvas.dataArea();
        ChartNavigation navigation = canvas.navigation();
        if (area == null || navigation == null) {
            return;
        }
        double cx = area.getCenterX();
        double cy = area.getCenterY();
        double stepX = area.getWidth() / 10;
        double stepY = area.getHeight() / 10;
        switch (event.keyCode) {
            case SWT.HOME -> canvas.resetZoom();
            case '+', '=', SWT.KEYPAD_ADD -> navigation.zoom(WHEEL_STEP, cx, cy, area, false);
            case '-', SWT.KEYPAD_SUBTRACT -> navigation.zoom(1 / WHEEL_STEP, cx, cy, area, false);
            case SWT.ARROW_LEFT -> navigation.pan(cx, cy, cx + stepX, cy, area);
            case SWT.ARROW_RIGHT -> navigation.pan(cx, cy, cx - stepX, cy, area);
            case SWT.ARROW_UP -> navigation.pan(cx, cy, cx, cy + stepY, area);
            case SWT.ARROW_DOWN -> navigation.pan(cx, cy, cx, cy - stepY, area);
            default -> {
                if (event.character == 3 || (event.keyCode == 'c' && (event.stateMask & SWT.MOD1) != 0)) {
                    canvas.copyToClipboard();
                }
            }
        }
    }
}
