package org.grenier.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The chart widget as a person uses it: zoom, pan, reset, the crosshair's readout, copy and save (Xvfb in CI). */
class ChartInteractionTest {

    private Display display;
    private Shell shell;
    private ChartCanvas canvas;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        canvas = new ChartCanvas(shell, SWT.NONE);
        shell.setSize(800, 500);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void savesAValidPngAndSvgOfTheChartAsShown(@TempDir Path folder) throws Exception {
        show(ChartRenderingTest.weeklyDemand());
        Path png = folder.resolve("demand.png");
        Path svg = folder.resolve("demand.svg");
        canvas.export(png);
        canvas.export(svg);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "the PNG decodes");
        assertEquals(canvas.getClientArea().width, image.getWidth(), "at the size shown");
        assertEquals(canvas.getClientArea().height, image.getHeight());
        DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
        // JFreeSVG names the SVG 1.1 DTD; the test machine is offline, so it is not fetched
        parser.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document drawing = parser.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", drawing.getDocumentElement().getLocalName() == null
                ? drawing.getDocumentElement().getTagName() : drawing.getDocumentElement().getLocalName());
        assertEquals(canvas.getClientArea().width, Double.parseDouble(drawing.getDocumentElement()
                .getAttribute("width")), "the drawing's size is the chart's");
        assertTrue(drawing.getDocumentElement().getTextContent().contains("Blé tendre"),
                "the title is text in the drawing, searchable and sharp");
        assertTrue(drawing.getElementsByTagName("path").getLength() > 0, "the line is a vector path");
        assertEquals(List.of("demand.png", "demand.svg"), Files.list(folder).map(p -> p.getFileName().toString())
                .sorted().toList(), "no partial file is left beside");
    }

    @Test
    void copiesTheChartToTheClipboardAsAnImage() {
        show(ChartRenderingTest.weeklyDemand());
        canvas.copyToClipboard();
        Clipboard clipboard = new Clipboard(display);
        try {
            ImageData copied = (ImageData) clipboard.getContents(ImageTransfer.getInstance());
            assertNotNull(copied, "an image is on the clipboard");
            assertEquals(canvas.getClientArea().width, copied.width);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void wheelZoomsAroundThePointerAndDoubleClickComesBack() {
        show(ChartRenderingTest.weeklyDemand());
        ValueAxis time = canvas.getChart().getXYPlot().getDomainAxis();
        Range before = time.getRange();
        Rectangle2D area = canvas.dataArea();
        int x = (int) (area.getX() + area.getWidth() / 4);
        double under = time.java2DToValue(x, area, canvas.getChart().getXYPlot().getDomainAxisEdge());
        send(SWT.MouseVerticalWheel, x, (int) area.getCenterY(), 0, 1);
        Range zoomed = time.getRange();
        assertEquals(before.getLength() * 0.8, zoomed.getLength(), before.getLength() * 1e-9, "one notch: 80 %");
        assertEquals(under, time.java2DToValue(x, area, canvas.getChart().getXYPlot().getDomainAxisEdge()),
                before.getLength() * 1e-9, "the time under the pointer stays under it");
        assertTrue(canvas.isZoomed());
        send(SWT.MouseDoubleClick, x, (int) area.getCenterY(), 1, 0);
        assertEquals(before, time.getRange(), "double-click brings the chart back as drawn");
        assertFalse(canvas.isZoomed());
    }

    @Test
    void dragZoomsIntoTheBoxAndShiftDragPans() {
        show(ChartRenderingTest.weeklyDemand());
        XYPlot plot = canvas.getChart().getXYPlot();
        Rectangle2D area = canvas.dataArea();
        int x1 = (int) area.getX() + 100;
        int x2 = x1 + 150;
        int y1 = (int) area.getY() + 40;
        int y2 = y1 + 80;
        double from = plot.getDomainAxis().java2DToValue(x1, area, plot.getDomainAxisEdge());
        double to = plot.getDomainAxis().java2DToValue(x2, area, plot.getDomainAxisEdge());
        double top = plot.getRangeAxis().java2DToValue(y1, area, plot.getRangeAxisEdge());
        double bottom = plot.getRangeAxis().java2DToValue(y2, area, plot.getRangeAxisEdge());
        send(SWT.MouseDown, x1, y1, 1, 0);
        send(SWT.MouseMove, x2, y2, 0, 0);
        send(SWT.MouseUp, x2, y2, 1, 0);
        assertEquals(new Range(from, to), plot.getDomainAxis().getRange(), "time zoomed to the box");
        assertEquals(new Range(bottom, top), plot.getRangeAxis().getRange(), "values zoomed to the box");

        Range time = plot.getDomainAxis().getRange();
        double shift = plot.getDomainAxis().java2DToValue(x1, area, plot.getDomainAxisEdge())
                - plot.getDomainAxis().java2DToValue(x1 + 60, area, plot.getDomainAxisEdge());
        Event press = event(x1 + 60, y1, 1, 0);
        press.stateMask = SWT.SHIFT;
        canvas.notifyListeners(SWT.MouseDown, press);
        send(SWT.MouseMove, x1, y1, 0, 0);
        send(SWT.MouseUp, x1, y1, 1, 0);
        assertEquals(time.getLength(), plot.getDomainAxis().getRange().getLength(), 1e-6, "a pan keeps the span");
        assertEquals(time.getLowerBound() - shift, plot.getDomainAxis().getLowerBound(), 1e-6,
                "dragging leftwards by 60 pixels moves the view later by 60 pixels' worth of time");
    }

    @Test
    void crosshairReadsTheNearestPointInTheUsersLanguage() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.FRANCE);
            show(ChartRenderingTest.weeklyDemand());
            XYPlot plot = canvas.getChart().getXYPlot();
            XYDataset data = plot.getDataset();
            Rectangle2D area = canvas.dataArea();
            int week = 30; // 86.06: a value below 100 is read with two decimals
            int x = (int) plot.getDomainAxis().valueToJava2D(data.getXValue(0, week), area, plot.getDomainAxisEdge());
            int y = (int) plot.getRangeAxis().valueToJava2D(data.getYValue(0, week), area, plot.getRangeAxisEdge());
            send(SWT.MouseMove, x + 2, y - 3, 0, 0);
            String expected = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE))
                    .format(data.getYValue(0, week));
            assertTrue(expected.contains(","), "a decimal comma is expected in French: " + expected);
            assertNotNull(canvas.readout(), "the pointer over the line reads a point");
            assertTrue(canvas.readout().endsWith(": " + expected), canvas.readout() + " should end with " + expected);
            assertTrue(canvas.readout().startsWith("Weekly demand\n"), canvas.readout());
            assertTrue(canvas.readout().contains("2025"), "the week's date: " + canvas.readout());
            send(SWT.MouseExit, -1, -1, 0, 0);
            assertNull(canvas.readout(), "leaving the chart clears the readout");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void aMillionPointLineIsSampledForDisplayAndKeepsItsPeaks() {
        int n = 1_000_000;
        Instant[] times = new Instant[n];
        double[] values = new double[n];
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            times[i] = start.plusSeconds(i);
            values[i] = 10 + Math.sin(i / 5000.0);
        }
        int spike = 612_345;
        values[spike] = 40;
        JFreeChart chart = SensorCharts.live("Silo 3", "°C", Map.of("T1", new SensorCharts.Line(times, values)),
                start, times[n - 1], List.of(), Double.NaN);
        show(chart);
        XYPlot plot = canvas.getChart().getXYPlot();
        assertInstanceOf(SamplingXYLineRenderer.class, plot.getRenderer(), "a long line is drawn sampled");
        Rectangle2D area = canvas.dataArea();
        int x = (int) plot.getDomainAxis().valueToJava2D(times[spike].toEpochMilli(), area, plot.getDomainAxisEdge());
        int y = (int) plot.getRangeAxis().valueToJava2D(40, area, plot.getRangeAxisEdge());
        send(SWT.MouseMove, x, y, 0, 0);
        assertNotNull(canvas.readout());
        assertTrue(canvas.readout().endsWith(": 40"), "the one-second spike is found: " + canvas.readout());
        ImageData drawn = ChartImages.render(chart, canvas.getClientArea().width, canvas.getClientArea().height);
        int top = (int) plot.getRangeAxis().valueToJava2D(38, area, plot.getRangeAxisEdge());
        boolean peakDrawn = false;
        for (int dx = -1; dx <= 1; dx++) {
            var rgb = drawn.palette.getRGB(drawn.getPixel(x + dx, top));
            peakDrawn |= rgb.red < 150 && rgb.blue > 120;
        }
        assertTrue(peakDrawn, "the spike of one point in a million is still drawn up to 40");
    }

    @Test
    void theAlertLimitStaysInSightAboveQuietReadings() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Instant[] times = { start, start.plusSeconds(600), start.plusSeconds(1200) };
        Map<String, SensorCharts.Line> fridge = Map.of("F1", new SensorCharts.Line(times, new double[] { 4.8, 5, 5.2 }));
        org.jfree.data.Range limited = SensorCharts.live("Fridge", "°C", fridge, start, times[2], List.of(), 8)
                .getXYPlot().getRangeAxis().getRange();
        assertTrue(limited.getLowerBound() <= 4.8 && limited.getUpperBound() > 8, "readings and limit: " + limited);
        org.jfree.data.Range free = SensorCharts.live("Fridge", "°C", fridge, start, times[2], List.of(), Double.NaN)
                .getXYPlot().getRangeAxis().getRange();
        assertTrue(free.getUpperBound() < 8, "without a limit the axis keeps to the readings: " + free);
    }

    @Test
    void findsTheClosestItemByHalving() {
        var data = new org.jfree.data.xy.DefaultXYDataset();
        data.addSeries("s", new double[][] { { 0, 10, 20, 30 }, { 1, 2, 3, 4 } });
        assertEquals(0, ChartReadout.closestItem(data, 0, -5));
        assertEquals(1, ChartReadout.closestItem(data, 0, 14));
        assertEquals(2, ChartReadout.closestItem(data, 0, 16));
        assertEquals(3, ChartReadout.closestItem(data, 0, 99));
    }

    private void show(JFreeChart chart) {
        canvas.setChart(chart);
        canvas.redraw();
        canvas.update();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!canvas.isDrawn() && System.nanoTime() < deadline) {
            // the chart is drawn on its own thread, and shown by the event loop
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // and painted
        }
        assertNotNull(canvas.dataArea(), "the chart was drawn");
    }

    private void send(int type, int x, int y, int button, int count) {
        canvas.notifyListeners(type, event(x, y, button, count));
    }

    private Event event(int x, int y, int button, int count) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.count = count;
        return event;
    }
}
