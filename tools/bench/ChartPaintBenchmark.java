import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.charts.SensorCharts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The chart benchmark of docs/BENCHMARKS.md: a sensor line of POINTS readings (a random walk, one a second) shown in
 * Grenier's ChartCanvas at 1280x720 on a real display (Xvfb), timed from the chart being set to its paint having
 * finished, through SWT's event loop. Also times building the chart from the readings, a wheel zoom's repaint, and
 * the same chart drawn by JFreeChart's plain line renderer (no sampling), the reference, in the same run.
 */
public class ChartPaintBenchmark {

    private static long painted;

    public static void main(String[] args) {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        ChartCanvas canvas = new ChartCanvas(shell, SWT.NONE);
        canvas.addPaintListener(event -> painted = System.nanoTime());
        shell.setSize(1280, 720);
        shell.open();
        settle(display);
        Map<String, SensorCharts.Line> line = Map.of("T1", walk(points));
        Instant from = line.get("T1").times()[0];
        Instant to = line.get("T1").times()[points - 1];
        List<Double> build = new ArrayList<>();
        List<Double> paint = new ArrayList<>();
        List<Double> zoom = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            JFreeChart chart = SensorCharts.live("Silo 3", "°C", line, from, to, List.of(), 25);
            build.add(ms(System.nanoTime() - start));
            paint.add(show(display, canvas, chart));
            zoom.add(wheel(display, canvas));
            JFreeChart reference = SensorCharts.live("Silo 3", "°C", line, from, to, List.of(), 25);
            // the reference: the same chart, its line drawn segment by segment (LargeSeries leaves subclasses alone)
            reference.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, false) { });
            plain.add(show(display, canvas, reference));
        }
        System.out.printf("points %,d, canvas %dx%d, %d runs (ms: min / median / max)%n", points,
                canvas.getSize().x, canvas.getSize().y, runs);
        report("build the chart from the readings", build);
        report("set the chart to painted (Grenier, sampled)", paint);
        report("wheel zoom to repainted", zoom);
        report("set the chart to painted (plain line renderer)", plain);
        System.out.printf("ratio plain / Grenier (medians): %.1f%n", median(plain) / median(paint));
        display.dispose();
    }

    private static double show(Display display, ChartCanvas canvas, JFreeChart chart) {
        settle(display);
        painted = 0;
        long start = System.nanoTime();
        canvas.setChart(chart);
        return waitForPaint(display, canvas, start);
    }

    private static double wheel(Display display, ChartCanvas canvas) {
        settle(display);
        Event event = new Event();
        event.x = canvas.getSize().x / 2;
        event.y = canvas.getSize().y / 2;
        event.count = 1;
        painted = 0;
        long start = System.nanoTime();
        canvas.notifyListeners(SWT.MouseVerticalWheel, event);
        return waitForPaint(display, canvas, start);
    }

    private static double waitForPaint(Display display, ChartCanvas canvas, long start) {
        // the chart is drawn on its own thread: the time runs to the paint that shows the new image
        while (display.readAndDispatch()) {
            // the change reaches the canvas
        }
        while (!canvas.isDrawn()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        painted = 0;
        canvas.redraw();
        while (painted == 0) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return ms(painted - start);
    }

    private static void settle(Display display) {
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SensorCharts.Line walk(int points) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant[] times = new Instant[points];
        double[] values = new double[points];
        java.util.Random random = new java.util.Random(42);
        double value = 12;
        for (int i = 0; i < points; i++) {
            times[i] = start.plusSeconds(i);
            value += random.nextGaussian() * 0.05;
            values[i] = value;
        }
        return new SensorCharts.Line(times, values);
    }

    private static void report(String what, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-50s %8.1f %8.1f %8.1f%n", what, sorted[0], median(values), sorted[sorted.length - 1]);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
