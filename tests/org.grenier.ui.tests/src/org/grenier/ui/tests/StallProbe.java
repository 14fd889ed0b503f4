package org.grenier.ui.tests;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps a person waiting: every {@link #PERIOD_MS} ms a thread of its own asks the UI
 * thread to run a mark, and records how late the mark ran. While the UI thread is busy or blocked, the marks queue up,
 * and the first one's delay is the stall a person would have felt as a frozen window.
 */
final class StallProbe implements AutoCloseable {

    static final int PERIOD_MS = 10;

    /** Stacks are sampled once the UI thread is this late: the limit, or less to find what makes a stall. */
    private static final long SAMPLE_AFTER_NANOS = Long.getLong("grenier.stall.sampleAfterMs", 100) * 1_000_000L;

    private final Display display;
    private final Thread poster;
    private final long[] delays = new long[1 << 20];
    private final long[] postedAt = new long[1 << 20];
    private final long started = System.nanoTime();
    private int count;
    private volatile boolean running = true;
    private volatile long lastMarkAt = System.nanoTime();
    private final java.util.List<String> stalledIn = new java.util.concurrent.CopyOnWriteArrayList<>();

    StallProbe(Display display) {
        this.display = display;
        this.poster = new Thread(this::post, "UI stall probe");
        poster.setDaemon(true);
        poster.start();
    }

    private void post() {
        while (running && !display.isDisposed()) {
            long posted = System.nanoTime();
            display.asyncExec(() -> mark(posted, System.nanoTime() - posted));
            sampleWhereStalled(posted);
            try {
                TimeUnit.MILLISECONDS.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** While the UI thread is late by more than the limit, notes what it is doing, to say where the stall is. */
    private void sampleWhereStalled(long now) {
        if (now - lastMarkAt > SAMPLE_AFTER_NANOS && stalledIn.size() < 40) {
            StackTraceElement[] stack = display.getThread().getStackTrace();
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < Math.min(stack.length, 25); i++) {
                where.append("\n    at ").append(stack[i]);
            }
            stalledIn.add(where.toString());
        }
    }

    /** What the UI thread was doing during stalls over 100 ms, sampled. */
    java.util.List<String> stalledIn() {
        return stalledIn;
    }

    /** Runs on the UI thread. */
    private void mark(long posted, long delay) {
        lastMarkAt = System.nanoTime();
        if (count < delays.length) {
            postedAt[count] = posted - started;
            delays[count++] = delay;
        }
    }

    /** The {@code n} longest stalls, longest first, each as "at 12.3 s: 45.6 ms" from the probe's start. */
    String worstStalls(int n) {
        return java.util.stream.IntStream.range(0, count).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer i) -> delays[i]).reversed()).limit(n)
                .map(i -> String.format(java.util.Locale.ROOT, "at %.1f s: %.1f ms", postedAt[i] / 1e9, delays[i] / 1e6))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poster.join();
    }

    /** How many marks ran. */
    int marks() {
        return count;
    }

    /** The longest a mark waited, in milliseconds. */
    double worstMillis() {
        return percentileMillis(100);
    }

    /** The delay this share of marks ran within, in milliseconds. */
    double percentileMillis(double percent) {
        long[] sorted = Arrays.copyOf(delays, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted.length == 0 ? Double.NaN : sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
    }
}
