package org.grenier.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Instant;
import java.util.Date;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The forecast chart: a product's sales history, then its forecast with the 95 % and 80 % prediction intervals as
 * nested bands, the narrower darker, so the eye reads "likely" before "possible".
 */
public final class ForecastCharts {

    private static final Color HISTORY = new Color(0x33, 0x33, 0x33);
    private static final Color FORECAST = new Color(0x00, 0x72, 0xB2);

    /** The history of a product, oldest first: the start of each period and its sales. */
    public record History(Instant[] periods, double[] sales) {
    }

    /** A forecast: the start of each future period, the expected sales and the interval bounds. */
    public record Forecast(Instant[] periods, double[] mean, double[] lo80, double[] hi80, double[] lo95,
            double[] hi95) {
    }

    private ForecastCharts() {
    }

    /** The legend's names for the history and the two bands, in the planner's language. */
    public record Legend(String history, String band95, String band80) {
    }

    public static JFreeChart chart(String title, String valueAxis, History history, Forecast forecast,
            Legend legend) {
        TimeSeries sold = new TimeSeries(legend.history());
        for (int i = 0; i < history.periods().length; i++) {
            sold.addOrUpdate(new Millisecond(Date.from(history.periods()[i])),
                    history.sales()[i]);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, valueAxis, new TimeSeriesCollection(sold),
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        style(chart, plot);
        if (forecast != null) {
            plot.setDataset(1, bands(forecast, legend));
            plot.setRenderer(1, bandRenderer());
        }
        return chart;
    }

    /** Draws the chart on the canvas; for callers that must not see JFreeChart's types. */
    public static void show(ChartCanvas canvas, String title, String valueAxis, History history, Forecast forecast,
            Legend legend) {
        canvas.setChart(chart(title, valueAxis, history, forecast, legend));
    }

    /** The 95 % band first so the 80 % one is drawn over it; both carry the expected value as their line. */
    private static YIntervalSeriesCollection bands(Forecast forecast, Legend legend) {
        YIntervalSeries wide = new YIntervalSeries(legend.band95());
        YIntervalSeries narrow = new YIntervalSeries(legend.band80());
        for (int i = 0; i < forecast.periods().length; i++) {
            double x = forecast.periods()[i].toEpochMilli();
            wide.add(x, forecast.mean()[i], forecast.lo95()[i], forecast.hi95()[i]);
            narrow.add(x, forecast.mean()[i], forecast.lo80()[i], forecast.hi80()[i]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(wide);
        data.addSeries(narrow);
        return data;
    }

    private static DeviationRenderer bandRenderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int series = 0; series < 2; series++) {
            renderer.setSeriesPaint(series, FORECAST);
            renderer.setSeriesFillPaint(series, FORECAST);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        return renderer;
    }

    private static void style(JFreeChart chart, XYPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        // room on the right for the last date label, which JFreeChart centres on its tick
        chart.setPadding(new RectangleInsets(2, 2, 2, 18));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(DemandCharts.GRID);
        plot.setRangeGridlinePaint(DemandCharts.GRID);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = (XYLineAndShapeRenderer) plot.getRenderer();
        line.setSeriesPaint(0, HISTORY);
        line.setSeriesStroke(0, new BasicStroke(1.2f));
    }
}
