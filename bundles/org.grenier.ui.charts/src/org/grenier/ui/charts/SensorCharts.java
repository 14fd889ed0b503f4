package org.grenier.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The live chart of a storage unit: one line per sensor over a fixed window that ends now (so it scrolls as time
 * passes), the times a device was not heard shaded, and the alert limit drawn across.
 */
public final class SensorCharts {

    /** Colour-blind-safe line colours (Okabe and Ito), one per sensor in turn. */
    private static final Color[] LINES = { new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
            new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x00, 0x00) };
    private static final Color GAP = new Color(0xE0, 0x6C, 0x6C, 0x50);
    private static final Color LIMIT = new Color(0xB0, 0x20, 0x20);

    /** One sensor's points, oldest first. */
    public record Line(Instant[] times, double[] values) {
    }

    private SensorCharts() {
    }

    /**
     * @param gaps  pairs of start and end (an end of null means the gap lasts until now)
     * @param limit a value drawn across as the alert limit, or NaN for none
     */
    public static JFreeChart live(String title, String valueAxis, Map<String, Line> sensors, Instant from,
            Instant to, List<Instant[]> gaps, double limit) {
        // x is the time in epoch milliseconds: plain arrays, so a week of one-second readings loads in an instant
        DefaultXYDataset data = new DefaultXYDataset();
        for (Map.Entry<String, Line> sensor : sensors.entrySet()) {
            Line line = sensor.getValue();
            double[][] points = new double[2][line.times().length];
            for (int i = 0; i < line.times().length; i++) {
                points[0][i] = line.times()[i].toEpochMilli();
                points[1][i] = line.values()[i];
            }
            data.addSeries(sensor.getKey(), points);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, valueAxis, data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        style(chart, plot, sensors.size());
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setRange(Date.from(from), Date.from(to));
        for (Instant[] gap : gaps) {
            Instant end = gap[1] == null ? to : gap[1];
            plot.addDomainMarker(new IntervalMarker(gap[0].toEpochMilli(), end.toEpochMilli(), GAP), Layer.BACKGROUND);
        }
        if (!Double.isNaN(limit)) {
            var marker = new org.jfree.chart.plot.ValueMarker(limit, LIMIT, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] { 6f, 4f }, 0f));
            plot.addRangeMarker(marker);
            keepInSight(plot, limit);
        }
        return chart;
    }

    /**
     * Stretches the value axis to the limit when the readings stay clear of it: how far they are from it is what the
     * technician looks for, and a limit line off the chart says nothing.
     */
    private static void keepInSight(XYPlot plot, double limit) {
        org.jfree.data.Range data = plot.getDataRange(plot.getRangeAxis());
        if (data == null) {
            return;
        }
        double low = Math.min(data.getLowerBound(), limit);
        double high = Math.max(data.getUpperBound(), limit);
        double margin = Math.max(0.05 * (high - low), 0.5);
        plot.getRangeAxis().setRange(low - margin, high + margin);
    }

    /** Draws the live chart on the canvas; for callers that must not see JFreeChart's types. */
    public static void show(ChartCanvas canvas, String title, String valueAxis, Map<String, Line> sensors,
            Instant from, Instant to, List<Instant[]> gaps, double limit) {
        canvas.setChart(live(title, valueAxis, sensors, from, to, gaps, limit));
    }

    private static void style(JFreeChart chart, XYPlot plot, int lines) {
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(DemandCharts.GRID);
        plot.setRangeGridlinePaint(DemandCharts.GRID);
        plot.getRangeAxis().setAutoRangeMinimumSize(1.0);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        for (int i = 0; i < lines; i++) {
            plot.getRenderer().setSeriesPaint(i, LINES[i % LINES.length]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(1.5f));
        }
    }
}
