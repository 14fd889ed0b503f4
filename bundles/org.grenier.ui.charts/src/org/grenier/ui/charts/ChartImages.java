package org.grenier.ui.charts;

import java.awt.image.BufferedImage;

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
        ImageData data = new ImageData(width, height, 32, RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
