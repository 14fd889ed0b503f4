package org.grenier.ui.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Renders a JFreeChart into SWT image data. This is Grenier's SWT rendering path: JFreeChart draws with Java2D into
 * an off-screen image, and SWT shows the pixels. (jfreechart-swt 1.0 is unmaintained and breaks on JFreeChart 1.5.)
 */
public final class ChartImages {

    private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    /** One thread draws every chart of the workbench, in turn, off the UI thread. */
    private static final ExecutorService DRAWING = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "Grenier chart drawing");
        thread.setDaemon(true);
        return thread;
    });

    private ChartImages() {
    }

    public static ImageData render(JFreeChart chart, int width, int height) {
        return render(chart, width, height, null);
    }

    /** Renders the chart and, when {@code info} is given, records where its plot and data area fell. */
    public static ImageData render(JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a chart needs a positive size, was " + width + "x" + height);
        }
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, info);
        // TYPE_INT_RGB pixels are 0x00RRGGBB ints: written big-endian they are the bytes SWT reads with RGB's masks
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] bytes = new byte[pixels.length * 4];
        ByteBuffer.wrap(bytes).asIntBuffer().put(pixels);
        return new ImageData(width, height, 32, RGB, 4, bytes);
    }

    /**
     * Draws the chart on the drawing thread and hands the image data to {@code then} there; null when the chart
     * changed under the drawing (a live line grew, say), in which case the caller draws it again.
     */
    public static void drawInBackground(JFreeChart chart, int width, int height, ChartRenderingInfo info,
            Consumer<ImageData> then) {
        DRAWING.execute(() -> {
            ImageData data;
            try {
                data = render(chart, width, height, info);
            } catch (RuntimeException changedWhileDrawn) {
                data = null;
            }
            then.accept(data);
        });
    }
}
