package org.grenier.forecast.internal.ops;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;

/**
 * Measures what a piece of work costs: wall time, and the bytes it allocates on the thread that runs it plus on any
 * worker that charges its own allocations back (the boosted trees train on a pool of their own). Allocated bytes
 * are the JVM's per-thread counters, exact and cheap, unlike heap snapshots that other threads and the collector blur.
 */
public final class Footprint {

    private static final ThreadMXBean THREADS = threads();
    private static final ThreadLocal<AtomicLong> CURRENT = new ThreadLocal<>();

    private Footprint() {
    }

    /** What {@link #measure} returns: the work's value, its wall time and the bytes it allocated (-1 if unknown). */
    public record Measured<T>(T value, long nanos, long allocatedBytes) {

        public long millis() {
            return nanos / 1_000_000;
        }
    }

    public static <T> Measured<T> measure(Supplier<T> work) {
        AtomicLong outer = CURRENT.get();
        AtomicLong charged = new AtomicLong();
        CURRENT.set(charged);
        long before = allocatedHere();
        long start = System.nanoTime();
        try {
            T value = work.get();
            long nanos = System.nanoTime() - start;
            long bytes = before < 0 ? -1 : allocatedHere() - before + charged.get();
            // an enclosing measurement sees this thread's bytes itself; it only needs what workers charged here
            if (outer != null) {
                outer.addAndGet(charged.get());
            }
            return new Measured<>(value, nanos, bytes);
        } finally {
            CURRENT.set(outer);
        }
    }

    /**
     * The meter of the work running on this thread, for the workers it starts to charge their allocations to; null
     * when no work is being measured.
     */
    public static AtomicLong meter() {
        return CURRENT.get();
    }

    /**
     * A pool of at most {@code threads} workers whose allocations are charged to {@code meter} (when there is one) as
     * each worker ends; {@link #close(ForkJoinPool)} ends them all. Parallel streams started inside a task of this
     * pool stay on its workers, which is how a library's own parallelism is held to the user's thread limit.
     */
    public static ForkJoinPool pool(String name, int threads, AtomicLong meter) {
        AtomicInteger count = new AtomicInteger();
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> new ChargingWorker(pool,
                name + " " + count.incrementAndGet(), meter);
        return new ForkJoinPool(Math.max(1, threads), factory, null, false);
    }

    /**
     * Ends the pool's workers and waits for them (10 s at most, as after an interrupt), so that their charges have
     * landed when this returns.
     */
    public static void close(ForkJoinPool pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class ChargingWorker extends ForkJoinWorkerThread {

        private final AtomicLong meter;
        private long before = -1;

        ChargingWorker(ForkJoinPool pool, String name, AtomicLong meter) {
            super(pool);
            this.meter = meter;
            setName(name);
            setDaemon(true);
        }

        @Override
        protected void onStart() {
            super.onStart();
            before = meter == null ? -1 : allocatedHere();
        }

        @Override
        protected void onTermination(Throwable failure) {
            if (before >= 0) {
                meter.addAndGet(allocatedHere() - before);
            }
            super.onTermination(failure);
        }
    }

    private static long allocatedHere() {
        return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof ThreadMXBean hotspot
                && hotspot.isThreadAllocatedMemorySupported()) {
            hotspot.setThreadAllocatedMemoryEnabled(true);
            return hotspot;
        }
        return null;
    }
}
