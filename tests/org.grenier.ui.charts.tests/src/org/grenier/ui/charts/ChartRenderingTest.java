package org.grenier.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** JFreeChart inside OSGi, drawn through Grenier's SWT path (needs a display: Xvfb in CI). */
class ChartRenderingTest {

    static JFreeChart weeklyDemand() {
        int weeks = 52;
        Instant[] times = new Instant[weeks];
        double[] values = new double[weeks];
        for (int week = 0; week < weeks; week++) {
            times[week] = Instant.parse("2025-01-06T00:00:00Z").plusSeconds(week * 7L * 86_400);
            values[week] = 100 + 30 * Math.sin(2 * Math.PI * week / 52.0);
        }
        return DemandCharts.timeSeries("Blé tendre", "Weekly demand", "q", times, values);
    }

    @Test
    void rendersATimeSeriesIntoSwtImageData() {
        ImageData data = ChartImages.render(weeklyDemand(), 640, 360);
        assertEquals(640, data.width);
        assertEquals(360, data.height);
        Set<Integer> colours = new HashSet<>();
        int linePixels = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                colours.add(rgb.hashCode());
                linePixels += near(rgb, DemandCharts.LINE) ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 20, "a blank image has one colour; this one has " + colours.size());
        assertTrue(linePixels > 300, "the demand line is drawn: " + linePixels + " pixels of its colour");
    }

    @Test
    void showsTheChartInAnSwtCanvasOnScreen() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            ChartCanvas canvas = new ChartCanvas(shell, SWT.NONE);
            canvas.setChart(weeklyDemand());
            shell.setSize(500, 300);
            shell.open();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!canvas.isDrawn() && System.nanoTime() < deadline) {
                // the chart is drawn on its own thread, and shown by the event loop
                if (!display.readAndDispatch()) {
                    display.timerExec(20, () -> { });
                    display.sleep();
                }
            }
            long painted = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < painted) {
                // GTK paints the image shown on its next frame
                if (!display.readAndDispatch()) {
                    display.timerExec(10, () -> { });
                    display.sleep();
                }
            }
            Image shot = new Image(display, canvas.getSize().x, canvas.getSize().y);
            GC gc = new GC(canvas);
            gc.copyArea(shot, 0, 0);
            gc.dispose();
            ImageData data = shot.getImageData();
            shot.dispose();
            Set<Integer> pixels = new HashSet<>();
            for (int x = 0; x < data.width; x += 3) {
                for (int y = 0; y < data.height; y += 3) {
                    pixels.add(data.getPixel(x, y));
                }
            }
            assertTrue(pixels.size() > 5, "the canvas on screen shows a chart, not a blank area");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void refusesAnEmptySize() {
        assertThrows(IllegalArgumentException.class, () -> ChartImages.render(weeklyDemand(), 0, 10));
    }

    private static boolean near(RGB rgb, java.awt.Color colour) {
        return Math.abs(rgb.red - colour.getRed()) < 40 && Math.abs(rgb.green - colour.getGreen()) < 40
                && Math.abs(rgb.blue - colour.getBlue()) < 40;
    }
}
