package org.grenier.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Keeps charts of long series fluid. A plain line renderer draws every segment, half a second for a million points;
 * JFreeChart's sampling renderer draws, per pixel column, one stroke from the lowest to the highest value there, which
 * looks the same at screen resolution (peaks are kept, unlike skipping points) and takes a tenth of the time. Only
 * plain line renderers of long series are swapped: bands, bars and points keep theirs.
 */
final class LargeSeries {

    /** Beyond this many points in one series a line has several points per pixel on any screen. */
    static final int POINTS = 4_000;

    private LargeSeries() {
    }

    /** Swaps the line renderers of long series for sampling ones, with the same colours and strokes. */
    static void decimate(JFreeChart chart) {
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            return;
        }
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYItemRenderer renderer = plot.getRendererForDataset(plot.getDataset(d));
            if (renderer != null && renderer.getClass() == XYLineAndShapeRenderer.class && isLong(plot.getDataset(d))
                    && !((XYLineAndShapeRenderer) renderer).getDefaultShapesVisible()) {
                plot.setRenderer(d, sampling((XYLineAndShapeRenderer) renderer, plot.getDataset(d).getSeriesCount()), false);
            }
        }
    }

    private static boolean isLong(XYDataset data) {
        for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
            if (data.getItemCount(s) > POINTS) {
                return true;
            }
        }
        return false;
    }

    private static SamplingXYLineRenderer sampling(XYLineAndShapeRenderer line, int series) {
        SamplingXYLineRenderer sampled = new SamplingXYLineRenderer();
        for (int s = 0; s < series; s++) {
            sampled.setSeriesPaint(s, line.lookupSeriesPaint(s), false);
            sampled.setSeriesStroke(s, line.lookupSeriesStroke(s), false);
        }
        sampled.setDefaultToolTipGenerator(line.getDefaultToolTipGenerator());
        return sampled;
    }
}
