package org.grenier.ui.charts;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * Zoom, pan and reset of a chart's value axes, in screen pixels of its data area. On a time or XY chart the wheel
 * zooms along time and a box zooms both ways; on a bar chart only the value axis moves, since categories are not a
 * scale. Reset brings back the ranges the chart was first drawn with: a live sensor chart keeps its fixed window
 * rather than jumping to its data's extent.
 */
final class ChartNavigation {

    /** One axis and where it lies, with the range it had before any zoom. */
    private record Axis(ValueAxis axis, RectangleEdge edge, boolean horizontal, boolean auto, Range home) {
    }

    private final List<Axis> axes = new ArrayList<>();
    private boolean zoomed;

    ChartNavigation(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                add(plot.getDomainAxis(i), plot.getDomainAxisEdge(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                add(plot.getRangeAxis(i), plot.getRangeAxisEdge(i));
            }
        } else if (chart.getPlot() instanceof CategoryPlot plot) {
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                add(plot.getRangeAxis(i), plot.getRangeAxisEdge(i));
            }
        }
    }

    /** True when the view differs from the one the chart was drawn with. */
    boolean zoomed() {
        return zoomed;
    }

    /** Zooms by {@code factor} (below 1 to come closer) around the pixel, along time only unless {@code both}. */
    void zoom(double factor, double x, double y, Rectangle2D area, boolean both) {
        for (Axis axis : axes) {
            if (axis.horizontal() || both || !hasHorizontal()) {
                double anchor = value(axis, axis.horizontal() ? x : y, area);
                Range range = axis.axis().getRange();
                set(axis, anchor - (anchor - range.getLowerBound()) * factor,
                        anchor + (range.getUpperBound() - anchor) * factor);
            }
        }
    }

    /** Shows only what lies in the box (pixel corners); a side shorter than 5 pixels leaves that axis as it is. */
    void zoomTo(double x1, double y1, double x2, double y2, Rectangle2D area) {
        for (Axis axis : axes) {
            double from = axis.horizontal() ? x1 : y1;
            double to = axis.horizontal() ? x2 : y2;
            if (Math.abs(to - from) >= 5) {
                double a = value(axis, from, area);
                double b = value(axis, to, area);
                set(axis, Math.min(a, b), Math.max(a, b));
            }
        }
    }

    /** Moves the view so that what was under the first pixel is under the second. */
    void pan(double fromX, double fromY, double toX, double toY, Rectangle2D area) {
        for (Axis axis : axes) {
            double shift = axis.horizontal() ? value(axis, fromX, area) - value(axis, toX, area)
                    : value(axis, fromY, area) - value(axis, toY, area);
            if (shift != 0 && Double.isFinite(shift)) {
                Range range = axis.axis().getRange();
                set(axis, range.getLowerBound() + shift, range.getUpperBound() + shift);
            }
        }
    }

    /** Back to the view the chart was drawn with. */
    void reset() {
        for (Axis axis : axes) {
            if (axis.auto()) {
                axis.axis().setAutoRange(true);
            } else {
                axis.axis().setRange(axis.home());
            }
        }
        zoomed = false;
    }

    private void add(ValueAxis axis, RectangleEdge edge) {
        if (axis != null) {
            axes.add(new Axis(axis, edge, RectangleEdge.isTopOrBottom(edge), axis.isAutoRange(), axis.getRange()));
        }
    }

    private boolean hasHorizontal() {
        return axes.stream().anyMatch(Axis::horizontal);
    }

    private static double value(Axis axis, double pixel, Rectangle2D area) {
        return axis.axis().java2DToValue(pixel, area, axis.edge());
    }

    private void set(Axis axis, double lower, double upper) {
        if (upper > lower && Double.isFinite(lower) && Double.isFinite(upper)) {
            axis.axis().setRange(lower, upper);
            zoomed = true;
        }
    }
}
