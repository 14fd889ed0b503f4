package org.grenier.forecast.internal.ops;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;

/**
 * Measures what a piece of work costs: wall time, and the bytes it allocates on the thread that runs it plus on any
 * worker that charges its own allocations back (the boosted trees train on a worker of their own). Allocated bytes
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
     * The meter of the work running on this thread, for a worker it starts to charge its allocations to; null when no
     * work is being measured.
     */
    public static AtomicLong meter() {
        return CURRENT.get();
    }

    /** Runs {@code work} on this (worker) thread, adding what it allocates to {@code meter} when there is one. */
    public static <T> T chargedTo(AtomicLong meter, Supplier<T> work) {
        long before = meter == null ? -1 : allocatedHere();
        try {
            return work.get();
        } finally {
            if (before >= 0) {
                meter.addAndGet(allocatedHere() - before);
            }
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
