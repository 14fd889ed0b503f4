package org.grenier.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;

/** An SWT widget that shows a JFreeChart, redrawn at the widget's size whenever it is resized or the chart changes. */
public class ChartCanvas extends Canvas {

    private JFreeChart chart;
    private Image image;

    public ChartCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(event -> paint(event.gc));
        addListener(SWT.Resize, event -> invalidate());
        addDisposeListener(event -> invalidate());
    }

    public void setChart(JFreeChart chart) {
        this.chart = chart;
        if (chart != null) {
            chart.addChangeListener(event -> getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    invalidate();
                    redraw();
                }
            }));
        }
        invalidate();
        redraw();
    }

    /** Shows nothing, for callers that must not see JFreeChart's types. */
    public void clear() {
        setChart(null);
    }

    /** The number of lines drawn (series of the first dataset), 0 when nothing is shown. */
    public int lineCount() {
        return chart == null || !(chart.getPlot() instanceof org.jfree.chart.plot.XYPlot) ? 0
                : chart.getXYPlot().getDataset().getSeriesCount();
    }

    /** The number of series drawn across every dataset of the plot (a forecast's bands count as theirs). */
    public int seriesCount() {
        if (chart == null) {
            return 0;
        }
        int count = 0;
        if (chart.getPlot() instanceof CategoryPlot plot) {
            for (int i = 0; i < plot.getDatasetCount(); i++) {
                count += plot.getDataset(i) == null ? 0 : plot.getDataset(i).getRowCount();
            }
            return count;
        }
        for (int i = 0; i < chart.getXYPlot().getDatasetCount(); i++) {
            count += chart.getXYPlot().getDataset(i) == null ? 0 : chart.getXYPlot().getDataset(i).getSeriesCount();
        }
        return count;
    }

    /** The categories along a bar chart's axis (its scenarios, say), empty for other charts. */
    public java.util.List<String> categories() {
        if (chart == null || !(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
            return java.util.List.of();
        }
        return plot.getDataset().getColumnKeys().stream().map(String::valueOf).toList();
    }

    public JFreeChart getChart() {
        return chart;
    }

    private void paint(org.eclipse.swt.graphics.GC gc) {
        Rectangle area = getClientArea();
        if (chart == null || area.width <= 0 || area.height <= 0) {
            gc.fillRectangle(area);
            return;
        }
        if (image == null) {
            image = new Image(getDisplay(), ChartImages.render(chart, area.width, area.height));
        }
        gc.drawImage(image, 0, 0);
    }

    private void invalidate() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
