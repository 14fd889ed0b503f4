package org.grenier.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts of what a table lists, for a look before reading it: each product's days of cover beside the cover at
 * which it is reordered (Orders), each import's lines added, refused and already stored (Import history), and how
 * old each source's last data is against the age at which it goes stale (Data health).
 * Colours are Okabe and Ito's, told apart by colour-blind readers too.
 */
public final class BarCharts {

    /** A series of bars: its name in the legend and a value per category (NaN for none). */
    public record Bars(String name, double[] values) {
    }

    /**
     * The value axis: its top ({@code NaN}: fitted to the bars; a bar beyond it is cut at the top, its value still
     * in the crosshair), and a line across at {@code limit} ({@code NaN}: none), named {@code limitName} when it is
     * not null.
     */
    public record Scale(double top, double limit, String limitName) {

        public static final Scale FITTED = new Scale(Double.NaN, Double.NaN, null);
    }

    private static final Color LIMIT = new Color(0xD5, 0x5E, 0x00);
    private static final Color[] COLOURS = { new Color(0x00, 0x9E, 0x73), new Color(0x99, 0x99, 0x99),
            new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9) };

    /** Labels up to this long stand upright side by side ("#12"); longer ones are slanted. */
    private static final int SHORT_LABEL = 5;

    private BarCharts() {
    }

    /** Bars side by side per category, the categories along the bottom in the order given. */
    public static JFreeChart sideBySide(String title, String valueAxis, List<String> categories, List<Bars> series,
            Scale scale) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data(categories, series),
                PlotOrientation.VERTICAL, series.size() > 1, true, false);
        return scaled(styled(chart, categories, series.size()), scale);
    }

    /** Bars lying side by side per category, the categories down the left: long names stay whole in a narrow chart. */
    public static JFreeChart across(String title, String valueAxis, List<String> categories, List<Bars> series,
            Scale scale) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data(categories, series),
                PlotOrientation.HORIZONTAL, series.size() > 1, true, false);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        return scaled(styled(chart, List.of(), series.size()), scale);
    }

    /** Bars stacked per category, the categories along the bottom in the order given. */
    public static JFreeChart stacked(String title, String valueAxis, List<String> categories, List<Bars> series) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, data(categories, series),
                PlotOrientation.VERTICAL, true, true, false);
        return styled(chart, categories, series.size());
    }

    /** Draws side-by-side bars on the canvas; for callers that must not see JFreeChart's types. */
    public static void showSideBySide(ChartCanvas canvas, String title, String valueAxis, List<String> categories,
            List<Bars> series, Scale scale) {
        canvas.setChart(sideBySide(title, valueAxis, categories, series, scale));
    }

    /** Draws lying bars on the canvas; for callers that must not see JFreeChart's types. */
    public static void showAcross(ChartCanvas canvas, String title, String valueAxis, List<String> categories,
            List<Bars> series, Scale scale) {
        canvas.setChart(across(title, valueAxis, categories, series, scale));
    }

    /** Draws stacked bars on the canvas; for callers that must not see JFreeChart's types. */
    public static void showStacked(ChartCanvas canvas, String title, String valueAxis, List<String> categories,
            List<Bars> series) {
        canvas.setChart(stacked(title, valueAxis, categories, series));
    }

    /** The workbench's bars: flat, without shadow, on white with light grid lines, none wider than {@code widest}. */
    static BarRenderer flat(CategoryPlot plot, double widest) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(DemandCharts.GRID);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(widest);
        return bars;
    }

    private static JFreeChart scaled(JFreeChart chart, Scale scale) {
        CategoryPlot plot = chart.getCategoryPlot();
        if (Double.isFinite(scale.top())) {
            plot.getRangeAxis().setRange(0, scale.top());
        }
        if (Double.isFinite(scale.limit())) {
            ValueMarker limit = new ValueMarker(scale.limit(), LIMIT, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 3f }, 0f));
            if (scale.limitName() != null) {
                limit.setLabel(scale.limitName());
                limit.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                limit.setLabelPaint(LIMIT);
                limit.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                limit.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            }
            plot.addRangeMarker(limit);
        }
        return chart;
    }

    private static DefaultCategoryDataset data(List<String> categories, List<Bars> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bars bars : series) {
            for (int c = 0; c < categories.size(); c++) {
                double value = bars.values()[c];
                data.addValue(Double.isFinite(value) ? Double.valueOf(value) : null, bars.name(), categories.get(c));
            }
        }
        return data;
    }

    /** These charts sit under a table, in a strip: a small title, and long labels slanted so they do not overlap. */
    private static JFreeChart styled(JFreeChart chart, List<String> categories, int series) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        if (categories.stream().anyMatch(category -> category.length() > SHORT_LABEL)) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        chart.setPadding(new RectangleInsets(2, 2, 2, 18));
        BarRenderer bars = flat(chart.getCategoryPlot(), 0.08);
        bars.setItemMargin(0.02);
        for (int s = 0; s < series; s++) {
            bars.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
        }
        return chart;
    }
}
