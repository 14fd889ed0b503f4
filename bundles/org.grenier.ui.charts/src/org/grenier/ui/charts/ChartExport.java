package org.grenier.ui.charts;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart as a file a person puts in a report: PNG (pixels, at the size shown) or SVG (vector, sharp at any size,
 * drawn by JFreeSVG's Graphics2D). The image is made in memory first and the file written beside, then moved, so
 * that a failure never leaves half a picture under the chosen name.
 */
public final class ChartExport {

    /** The file kinds a chart is saved as, with the extension a file dialog offers. */
    public enum Format {
        PNG("png"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name asks for by its extension, PNG when it names none of them. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".svg") ? SVG : PNG;
        }
    }

    private ChartExport() {
    }

    /** The chart drawn at this size in the given format, as the bytes of the file. */
    public static byte[] bytes(JFreeChart chart, Format format, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a chart needs a positive size, was " + width + "x" + height);
        }
        return format == Format.SVG ? svg(chart, width, height).getBytes(StandardCharsets.UTF_8)
                : png(chart, width, height);
    }

    /** Writes the bytes to the file through a sibling file, so the file is whole or untouched. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("the chart could not be encoded as PNG", e);
        }
        return out.toByteArray();
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGDocument();
    }
}
