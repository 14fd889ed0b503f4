package org.grenier.ui.charts;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.grenier.ui.charts.internal.Messages;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.plot.CategoryPlot;

/**
 * An SWT widget that shows a JFreeChart and lets a person look into it: wheel to zoom, drag a box to zoom into it,
 * Shift+drag (or the middle button) to pan, double-click or Home to come back, and a crosshair that reads out the
 * point under the pointer. Right-click copies the chart or saves it as PNG or SVG. The chart is drawn once per size
 * or change into an image; the crosshair and the zoom box are drawn over that image, so moving the pointer never
 * redraws the chart.
 * <p>
 * The image is drawn on a background thread, never on the UI thread: drawing a chart takes tens of milliseconds, and
 * several times that while an import or a training run keeps the processors busy, which would freeze the window.
 * Until the new image arrives the last one stays on screen. A chart changed while it was being drawn (a live sensor
 * line, a zoom) is drawn again, and the image of the older state is dropped.
 */
public class ChartCanvas extends Canvas {

    private JFreeChart chart;
    private ChartChangeListener changes;
    private ChartNavigation navigation;
    private Image image;
    private ChartRenderingInfo info;
    /** Counts the changes of chart or size; an image drawn for an older count is out of date. */
    private long generation;
    private long imageGeneration = -1;
    private long drawing = -1;
    /** A chart that failed to draw as it is is not tried again until it changes. */
    private long failed = -1;
    private ChartReadout.Point readout;
    private final ChartGestures gestures;

    public ChartCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(event -> paint(event.gc));
        addListener(SWT.Resize, event -> invalidate());
        addDisposeListener(event -> disposeImage());
        gestures = new ChartGestures(this);
        setToolTipText(Messages.Chart_Hint);
        ChartMenu.attach(this);
    }

    public void setChart(JFreeChart chart) {
        if (this.chart != null) {
            this.chart.removeChangeListener(changes);
        }
        this.chart = chart;
        readout = null;
        navigation = chart == null ? null : new ChartNavigation(chart);
        if (chart != null) {
            LargeSeries.decimate(chart);
            changes = event -> getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    invalidate();
                    redraw();
                }
            });
            chart.addChangeListener(changes);
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
    public List<String> categories() {
        if (chart == null || !(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
            return List.of();
        }
        return plot.getDataset().getColumnKeys().stream().map(String::valueOf).toList();
    }

    /** The label of the value axis ("°F", "Value (€)"), null when nothing is shown. */
    public String valueAxis() {
        if (chart == null) {
            return null;
        }
        return chart.getPlot() instanceof CategoryPlot plot ? plot.getRangeAxis().getLabel()
                : chart.getXYPlot().getRangeAxis().getLabel();
    }

    /** The lowest and highest values of the lines drawn (the first dataset); NaNs when there are none. */
    public double[] valueRange() {
        if (chart == null || !(chart.getPlot() instanceof org.jfree.chart.plot.XYPlot plot)
                || plot.getDataset() == null) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double low = Double.NaN;
        double high = Double.NaN;
        for (int series = 0; series < plot.getDataset().getSeriesCount(); series++) {
            for (int item = 0; item < plot.getDataset().getItemCount(series); item++) {
                double value = plot.getDataset().getYValue(series, item);
                low = Double.isNaN(low) || value < low ? value : low;
                high = Double.isNaN(high) || value > high ? value : high;
            }
        }
        return new double[] { low, high };
    }

    /** The values of the lines drawn across (an alert limit, say). */
    public List<Double> valueMarkers() {
        java.util.Collection<?> markers = null;
        if (chart != null && chart.getPlot() instanceof org.jfree.chart.plot.XYPlot plot) {
            markers = plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        } else if (chart != null && chart.getPlot() instanceof CategoryPlot plot) {
            markers = plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        }
        return markers == null ? List.of() : markers.stream().filter(org.jfree.chart.plot.ValueMarker.class::isInstance)
                .map(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).toList();
    }

    public JFreeChart getChart() {
        return chart;
    }

    /** The text of the crosshair's readout, or null when the pointer reads nothing. */
    public String readout() {
        return readout == null ? null : readout.text();
    }

    /** True when the person has zoomed or panned away from the chart as drawn. */
    public boolean isZoomed() {
        return navigation != null && navigation.zoomed();
    }

    /** Back to the chart as it was drawn. */
    public void resetZoom() {
        if (navigation != null) {
            navigation.reset();
        }
    }

    /**
     * The chart as a PNG or SVG file (by the file's extension), at the size shown, as it is shown (zoom included).
     * Drawn here, written by the caller's thread: use {@link #imageBytes} and {@link ChartExport#write} to keep the
     * writing off the UI thread.
     */
    public void export(Path file) throws IOException {
        ChartExport.write(file, imageBytes(ChartExport.Format.of(file)));
    }

    /** The chart drawn at the size shown, as the bytes of a PNG or SVG file. */
    public byte[] imageBytes(ChartExport.Format format) {
        Rectangle size = exportSize();
        return ChartExport.bytes(chart, format, size.width, size.height);
    }

    /** Puts the chart on the clipboard as an image, at the size shown, for pasting into a mail or a report. */
    public void copyToClipboard() {
        Rectangle size = exportSize();
        ImageData data = ChartImages.render(chart, size.width, size.height);
        Clipboard clipboard = new Clipboard(getDisplay());
        try {
            clipboard.setContents(new Object[] { data }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** Where the data is drawn, in pixels, as of the last drawing; null before the first. */
    Rectangle2D dataArea() {
        return info == null ? null : info.getPlotInfo().getDataArea();
    }

    ChartNavigation navigation() {
        return navigation;
    }

    /** Reads the point under the pointer (null: nothing to read) and redraws the overlay. */
    void pointAt(int x, int y) {
        ChartReadout.Point next = ChartReadout.at(chart, info, x, y);
        if (next != null || readout != null) {
            readout = next;
            redraw();
        }
    }

    private Rectangle exportSize() {
        if (chart == null) {
            throw new IllegalStateException("there is no chart to export");
        }
        Rectangle area = getClientArea();
        return area.width > 50 && area.height > 50 ? area : new Rectangle(0, 0, 1200, 700);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        if (chart == null || area.width <= 0 || area.height <= 0) {
            gc.fillRectangle(area);
            return;
        }
        if (imageGeneration != generation && failed != generation) {
            requestDrawing(area);
        }
        if (image == null) {
            gc.fillRectangle(area);
            return;
        }
        gc.drawImage(image, 0, 0);
        if (isDrawn()) {
            ChartOverlay.draw(gc, dataArea(), readout, gestures.box());
        }
    }

    /** Draws the chart as it is now on the drawing thread, unless that drawing is already under way. */
    private void requestDrawing(Rectangle area) {
        if (drawing == generation) {
            return;
        }
        long wanted = generation;
        drawing = wanted;
        JFreeChart shown = chart;
        ChartRenderingInfo drawnInfo = new ChartRenderingInfo(shown.getPlot() instanceof CategoryPlot
                ? new StandardEntityCollection() : null);
        ChartImages.drawInBackground(shown, area.width, area.height, drawnInfo,
                data -> getDisplay().asyncExec(() -> drawn(wanted, data, drawnInfo)));
    }

    /** On the UI thread: shows the image if it is of the chart as it is now; otherwise asks for a new one. */
    private void drawn(long drawnGeneration, ImageData data, ChartRenderingInfo drawnInfo) {
        if (isDisposed()) {
            return;
        }
        if (drawing == drawnGeneration) {
            drawing = -1;
        }
        if (drawnGeneration == generation && data == null) {
            failed = drawnGeneration;
        }
        if (drawnGeneration == generation && data != null) {
            disposeImage();
            image = new Image(getDisplay(), data);
            info = drawnInfo;
            imageGeneration = drawnGeneration;
        }
        redraw();
    }

    /** True when the image on screen shows the chart as it is now, at the size shown. */
    public boolean isDrawn() {
        return chart != null && image != null && imageGeneration == generation;
    }

    /** The chart or the size changed: the image shown is out of date, and is drawn again at the next paint. */
    private void invalidate() {
        generation++;
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
