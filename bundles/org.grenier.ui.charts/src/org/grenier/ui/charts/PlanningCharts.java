package org.grenier.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a scenario comparison: the fan of stock value over the horizon (one scenario's 5–95 % and 25–75 %
 * bands around its median, the other scenarios' medians as lines over it), and each scenario's cost stacked by
 * component. Colours are Okabe and Ito's, told apart by colour-blind readers too.
 */
public final class PlanningCharts {

    static final Color[] SCENARIO_COLOURS = { new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xD5, 0x5E, 0x00),
            new Color(0x56, 0xB4, 0xE9) };
    static final Color[] COST_COLOURS = { new Color(0x00, 0x72, 0xB2), new Color(0x56, 0xB4, 0xE9),
            new Color(0xE6, 0x9F, 0x00), new Color(0xD5, 0x5E, 0x00) };

    /** One scenario's stock value percentiles, day by day from the plan's first day. */
    public record Fan(String scenario, double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {
    }

    /** The band names, in the planner's language, each followed by the scenario's name. */
    public record FanLegend(String wide, String narrow) {
    }

    private PlanningCharts() {
    }

    /** The fan of {@code shown} (the {@code shownIndex}-th scenario, for its colour) and the medians of the others. */
    public static JFreeChart stockFan(String title, String valueAxis, LocalDate start, List<Fan> fans,
            int shownIndex, FanLegend legend) {
        TimeSeriesCollection medians = new TimeSeriesCollection();
        for (int i = 0; i < fans.size(); i++) {
            if (i != shownIndex) {
                medians.addSeries(median(fans.get(i), start));
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, valueAxis, medians, true, true, false);
        XYPlot plot = chart.getXYPlot();
        style(chart);
        XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) plot.getRenderer();
        int series = 0;
        for (int i = 0; i < fans.size(); i++) {
            if (i != shownIndex) {
                lines.setSeriesPaint(series, colour(i));
                lines.setSeriesStroke(series++, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                        1f, new float[] { 6f, 4f }, 0f));
            }
        }
        if (shownIndex >= 0 && shownIndex < fans.size()) {
            plot.setDataset(1, bands(fans.get(shownIndex), start, legend));
            plot.setRenderer(1, bandRenderer(colour(shownIndex)));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(DemandCharts.GRID);
        plot.setRangeGridlinePaint(DemandCharts.GRID);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    /** Draws the fan on the canvas; for callers that must not see JFreeChart's types. */
    public static void showStockFan(ChartCanvas canvas, String title, String valueAxis, LocalDate start,
            List<Fan> fans, int shownIndex, FanLegend legend) {
        canvas.setChart(stockFan(title, valueAxis, start, fans, shownIndex, legend));
    }

    /** Bars per scenario, stacked by component: {@code costs[scenario][component]}. */
    public static JFreeChart costs(String title, String valueAxis, List<String> scenarios, List<String> components,
            double[][] costs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < scenarios.size(); s++) {
            for (int c = 0; c < components.size(); c++) {
                data.addValue(costs[s][c], components.get(c), scenarios.get(s));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL,
                true, true, false);
        style(chart);
        BarRenderer bars = BarCharts.flat(chart.getCategoryPlot(), 0.12);
        for (int c = 0; c < components.size(); c++) {
            bars.setSeriesPaint(c, COST_COLOURS[c % COST_COLOURS.length]);
        }
        return chart;
    }

    /** Draws the cost bars on the canvas; for callers that must not see JFreeChart's types. */
    public static void showCosts(ChartCanvas canvas, String title, String valueAxis, List<String> scenarios,
            List<String> components, double[][] costs) {
        canvas.setChart(costs(title, valueAxis, scenarios, components, costs));
    }

    private static TimeSeries median(Fan fan, LocalDate start) {
        TimeSeries series = new TimeSeries(fan.scenario());
        double[] p50 = fan.p50();
        for (int d = 0; d < p50.length; d++) {
            series.add(day(start, d), p50[d]);
        }
        return series;
    }

    /** The wide band first, so the narrow one is drawn over it; both carry the median as their line. */
    private static YIntervalSeriesCollection bands(Fan fan, LocalDate start, FanLegend legend) {
        YIntervalSeries wide = new YIntervalSeries(fan.scenario() + " " + legend.wide());
        YIntervalSeries narrow = new YIntervalSeries(fan.scenario() + " " + legend.narrow());
        for (int d = 0; d < fan.p50().length; d++) {
            double x = day(start, d).getFirstMillisecond();
            wide.add(x, fan.p50()[d], fan.p05()[d], fan.p95()[d]);
            narrow.add(x, fan.p50()[d], fan.p25()[d], fan.p75()[d]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(wide);
        data.addSeries(narrow);
        return data;
    }

    private static DeviationRenderer bandRenderer(Color colour) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.2f);
        for (int series = 0; series < 2; series++) {
            renderer.setSeriesPaint(series, colour);
            renderer.setSeriesFillPaint(series, colour);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        return renderer;
    }

    private static Day day(LocalDate start, int offset) {
        return new Day(Date.from(start.plusDays(offset).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    private static Color colour(int scenario) {
        return SCENARIO_COLOURS[scenario % SCENARIO_COLOURS.length];
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 2, 2, 18));
    }
}
