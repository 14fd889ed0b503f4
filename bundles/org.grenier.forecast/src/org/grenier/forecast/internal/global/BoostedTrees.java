package org.grenier.forecast.internal.global;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.forecast.internal.ops.Footprint;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.model.cart.Loss;
import smile.regression.GradientTreeBoost;
import smile.util.IterativeAlgorithmController;

/**
 * Smile's gradient tree boosting, trained on a pool of its own so that the caller can report progress tree by tree,
 * stop it on cancel (Smile checks its controller between trees) and bound its threads.
 */
final class BoostedTrees {

    /**
     * Trees trained before pruning; held-out error decides how many are kept. 150 at a learning rate of 0.1 were as
     * accurate on M1 as 300 at 0.05 in half the time (docs/BENCHMARKS.md).
     */
    static final int TREES = 150;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_NODES = 32;
    private static final int NODE_SIZE = 10;
    private static final double SHRINKAGE = 0.1;
    private static final double SUBSAMPLE = 0.7;

    private BoostedTrees() {
    }

    /**
     * Trains {@code trees} trees on the rows, least absolute deviation (the median ratio, robust to the odd
     * outlier that squares would chase).
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    static GradientTreeBoost fit(DataFrame rows, int trees, int threads, SubMonitor progress) {
        AtomicInteger done = new AtomicInteger();
        // Smile's default controller leaves a non-daemon thread behind; this one's thread ends with the fit
        ExecutorService reports = Executors.newSingleThreadExecutor(BoostedTrees::daemon);
        // Smile searches splits with parallel streams: inside this pool they keep to the user's thread limit
        ForkJoinPool workers = Footprint.pool("Grenier gradient boosting", threads, Footprint.meter());
        try (IterativeAlgorithmController<GradientTreeBoost.TrainingStatus> controller =
                new IterativeAlgorithmController<>(reports, Flow.defaultBufferSize())) {
            controller.subscribe(new Counter(done));
            GradientTreeBoost.Options options = new GradientTreeBoost.Options(Loss.lad(), trees, MAX_DEPTH, MAX_NODES,
                    NODE_SIZE, SHRINKAGE, SUBSAMPLE, null, controller);
            CompletableFuture<GradientTreeBoost> training = CompletableFuture.supplyAsync(
                    () -> GradientTreeBoost.fit(Formula.lhs(Rows.TARGET), rows, options), workers);
            progress.setWorkRemaining(trees);
            int reported = 0;
            while (true) {
                try {
                    return training.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillTraining) {
                    if (progress.isCanceled()) {
                        controller.stop();
                        training.join();
                        throw new OperationCanceledException();
                    }
                    int now = done.get();
                    progress.worked(now - reported);
                    reported = now;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException failed) {
            throw new IllegalStateException("gradient boosting failed: " + failed.getCause(), failed.getCause());
        } finally {
            reports.shutdownNow();
            Footprint.close(workers);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "Grenier gradient boosting progress");
        thread.setDaemon(true);
        return thread;
    }

    /** Counts the trees Smile reports as trained. */
    private record Counter(AtomicInteger done) implements Flow.Subscriber<GradientTreeBoost.TrainingStatus> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(GradientTreeBoost.TrainingStatus status) {
            done.incrementAndGet();
        }

        @Override
        public void onError(Throwable error) {
            // training errors reach the caller through the future
        }

        @Override
        public void onComplete() {
            // nothing to release
        }
    }
}
