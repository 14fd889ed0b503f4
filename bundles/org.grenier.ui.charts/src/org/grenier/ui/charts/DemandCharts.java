package org.grenier.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Instant;
import java.util.Date;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** Builds the charts planners read: a quantity over time, drawn plainly with Grenier's colours. */
public final class DemandCharts {

    static final Color LINE = new Color(0x2E, 0x6B, 0x3F);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private DemandCharts() {
    }

    public static JFreeChart timeSeries(String title, String seriesName, String valueAxis, Instant[] times,
            double[] values) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("each value needs a time: " + times.length + " times for "
                    + values.length + " values");
        }
        TimeSeries series = new TimeSeries(seriesName);
        for (int i = 0; i < times.length; i++) {
            series.addOrUpdate(new Millisecond(Date.from(times[i])), values[i]);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, valueAxis,
                new TimeSeriesCollection(series), false, false, false);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.getRenderer().setSeriesPaint(0, LINE);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.5f));
    }
}
