package org.grenier.ui.charts;

import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/**
 * What lies under the pointer, said in words: on a line chart the nearest point of any line (its series, time or x,
 * and value), on a bar chart the bar under the pointer. Numbers and dates are written the user's way (a decimal
 * comma in French). A line is searched by halving, since its points come in x order, so that a line of a million
 * points answers as fast as one of ten.
 */
final class ChartReadout {

    /** The point found: where it is drawn, in pixels, and its description, one line per fact. */
    record Point(double x, double y, String text) {
    }

    /** At most this many points of one pixel column are looked at, so the pointer never lags. */
    private static final int MOST_SCANNED = 20_000;

    private ChartReadout() {
    }

    /** The point nearest the pixel, or null when the pointer is outside the plot or nothing is drawn there. */
    static Point at(JFreeChart chart, ChartRenderingInfo info, int x, int y) {
        if (chart == null || info == null) {
            return null;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (!area.contains(x, y)) {
            return null;
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            return nearest(plot, area, x, y);
        }
        if (chart.getPlot() instanceof CategoryPlot && info.getEntityCollection() != null) {
            ChartEntity entity = info.getEntityCollection().getEntity(x, y);
            if (entity instanceof CategoryItemEntity bar) {
                Number value = bar.getDataset().getValue(bar.getRowKey(), bar.getColumnKey());
                return new Point(x, y, bar.getColumnKey() + "\n" + bar.getRowKey() + ": " + number(value));
            }
        }
        return null;
    }

    private static Point nearest(XYPlot plot, Rectangle2D area, int x, int y) {
        Point best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            ValueAxis across = plot.getDomainAxisForDataset(d);
            ValueAxis up = plot.getRangeAxisForDataset(d);
            if (data == null || across == null || up == null) {
                continue;
            }
            double from = across.java2DToValue(x - 1, area, plot.getDomainAxisEdge());
            double to = across.java2DToValue(x + 1, area, plot.getDomainAxisEdge());
            for (int s = 0; s < data.getSeriesCount(); s++) {
                int item = closestInColumn(data, s, Math.min(from, to), Math.max(from, to), up, area, plot, y);
                if (item < 0 || Double.isNaN(data.getYValue(s, item))) {
                    continue;
                }
                double px = across.valueToJava2D(data.getXValue(s, item), area, plot.getDomainAxisEdge());
                double py = up.valueToJava2D(data.getYValue(s, item), area, plot.getRangeAxisEdge());
                double distance = Math.hypot(px - x, py - y);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Point(px, py, data.getSeriesKey(s) + "\n" + x(across, data.getXValue(s, item))
                            + ": " + number(data.getYValue(s, item)));
                }
            }
        }
        return best;
    }

    /**
     * The point drawn in the pointer's pixel column that is nearest the pointer up or down: where a long line has
     * hundreds of points per pixel, the one a person points at (a spike, say) rather than whichever comes first.
     * Outside the points' span, the nearest point in time.
     */
    private static int closestInColumn(XYDataset data, int series, double from, double to, ValueAxis up,
            Rectangle2D area, XYPlot plot, int y) {
        int first = closestItem(data, series, from);
        int last = closestItem(data, series, to);
        if (first < 0 || last - first < 1) {
            return closestItem(data, series, (from + to) / 2);
        }
        int step = Math.max(1, (last - first) / MOST_SCANNED);
        int best = first;
        double bestDistance = Double.MAX_VALUE;
        for (int item = first; item <= last; item += step) {
            double distance = Math.abs(up.valueToJava2D(data.getYValue(series, item), area, plot.getRangeAxisEdge())
                    - y);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = item;
            }
        }
        return best;
    }

    /** The item whose x is nearest {@code wanted}, by halving over the points' x order; -1 for an empty line. */
    static int closestItem(XYDataset data, int series, double wanted) {
        int low = 0;
        int high = data.getItemCount(series) - 1;
        if (high < 0) {
            return -1;
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (data.getXValue(series, middle) < wanted) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return Math.abs(data.getXValue(series, low) - wanted) <= Math.abs(data.getXValue(series, high) - wanted)
                ? low : high;
    }

    private static String x(ValueAxis axis, double value) {
        if (!(axis instanceof DateAxis)) {
            return number(value);
        }
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        ZonedDateTime time = Instant.ofEpochMilli((long) value).atZone(ZoneId.systemDefault());
        DateTimeFormatter format = time.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return time.format(format.withLocale(locale));
    }

    /** A value with as many decimals as its size calls for, in the user's locale. */
    static String number(Number value) {
        if (value == null) {
            return "-";
        }
        double v = value.doubleValue();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        format.setMaximumFractionDigits(Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 2 : 3);
        return format.format(v);
    }
}
