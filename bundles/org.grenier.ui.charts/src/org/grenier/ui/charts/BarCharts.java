package org.grenier.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts of what a table lists, for a look before reading it: each product's days of cover beside the cover at
 * which it is reordered (Orders), and each import's lines added, refused and already stored (Import history).
 * Colours are Okabe and Ito's, told apart by colour-blind readers too.
 */
public final class BarCharts {

    /** A series of bars: its name in the legend and a value per category (NaN for none). */
    public record Bars(String name, double[] values) {
    }

    private static final Color[] COLOURS = { new Color(0x00, 0x9E, 0x73), new Color(0x99, 0x99, 0x99),
            new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9) };

    /** Labels up to this long stand upright side by side ("#12"); longer ones are slanted. */
    private static final int SHORT_LABEL = 5;

    private BarCharts() {
    }

    /** Bars side by side per category, the categories along the bottom in the order given. */
    public static JFreeChart sideBySide(String title, String valueAxis, List<String> categories, List<Bars> series) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data(categories, series),
                PlotOrientation.VERTICAL, true, true, false);
        return styled(chart, categories, series.size());
    }

    /** Bars stacked per category, the categories along the bottom in the order given. */
    public static JFreeChart stacked(String title, String valueAxis, List<String> categories, List<Bars> series) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, data(categories, series),
                PlotOrientation.VERTICAL, true, true, false);
        return styled(chart, categories, series.size());
    }

    /** Draws side-by-side bars on the canvas; for callers that must not see JFreeChart's types. */
    public static void showSideBySide(ChartCanvas canvas, String title, String valueAxis, List<String> categories,
            List<Bars> series) {
        canvas.setChart(sideBySide(title, valueAxis, categories, series));
    }

    /** Draws stacked bars on the canvas; for callers that must not see JFreeChart's types. */
    public static void showStacked(ChartCanvas canvas, String title, String valueAxis, List<String> categories,
            List<Bars> series) {
        canvas.setChart(stacked(title, valueAxis, categories, series));
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
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(DemandCharts.GRID);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        bars.setItemMargin(0.02);
        for (int s = 0; s < series; s++) {
            bars.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
        }
        return chart;
    }
}
