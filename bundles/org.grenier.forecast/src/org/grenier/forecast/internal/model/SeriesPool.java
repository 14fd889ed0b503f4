package org.grenier.forecast.internal.model;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs one task per series on a few named threads, reporting progress and honouring cancel from the calling
 * thread (progress monitors are not thread-safe, so workers never touch them).
 */
public final class SeriesPool {

    private SeriesPool() {
    }

    /** Runs {@code task} for 0..count-1; returns false when cancelled before all were done. */
    public static boolean forEach(int count, int threads, String title, IProgressMonitor monitor, IntConsumer task) {
        SubMonitor progress = SubMonitor.convert(monitor, title, count);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), namedThreads());
        try {
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(workers);
            for (int i = 0; i < count; i++) {
                int index = i;
                done.submit(() -> {
                    task.accept(index);
                    return index;
                });
            }
            for (int i = 0; i < count; i++) {
                if (progress.isCanceled()) {
                    return false;
                }
                done.take().get();
                progress.worked(1);
            }
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException failed) {
            throw new IllegalStateException("a series task failed unexpectedly", failed.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "Grenier forecast " + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
