package org.grenier.ui.charts;

import java.awt.image.BufferedImage;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Draws one small chart off the UI thread when the workbench starts. The first chart Java draws pays for starting
 * Java2D: its font manager, its drawing loops and JFreeChart's classes, about half a second on a modest laptop and
 * over a second while an import runs. Paid here, in the background, the first chart a person opens paints as fast as
 * the others and the window never freezes for it.
 */
public final class ChartWarmUp {

    private ChartWarmUp() {
    }

    /** Starts the warm-up on a background thread of low priority; returns it, for those who want to wait. */
    public static Thread start() {
        Thread thread = new Thread(ChartWarmUp::draw, "Grenier chart warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private static void draw() {
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("warm-up", new double[][] { { 0, 1, 2 }, { 1, 3, 2 } });
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Grenier", "time", "value", data);
        chart.createBufferedImage(320, 200, BufferedImage.TYPE_INT_RGB, null);
    }
}
