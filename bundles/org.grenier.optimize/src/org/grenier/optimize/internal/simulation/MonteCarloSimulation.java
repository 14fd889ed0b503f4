package org.grenier.optimize.internal.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.Result;
import org.grenier.core.planning.SimulationModel;
import org.grenier.core.planning.SimulationOutcome;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockSimulation;
import org.osgi.service.component.annotations.Component;

/**
 * Runs the sample paths in blocks on the threads the compute limits allow. Blocks are fixed by path number and their
 * sums merged in block order, so the outcome is the same to the last digit on one thread or many.
 */
@Component(service = StockSimulation.class)
public class MonteCarloSimulation implements StockSimulation {

    static final int BLOCK = 8;

    @Override
    public Result<SimulationOutcome> simulate(SimulationModel model, SimulationSettings settings,
            IProgressMonitor monitor) {
        long started = System.nanoTime();
        if (model.items().isEmpty()) {
            return Result.error("There is nothing to simulate: no product has a policy and a demand outlook");
        }
        SimulationPlan plan = new SimulationPlan(model);
        int paths = settings.paths();
        int blocks = (paths + BLOCK - 1) / BLOCK;
        float[][] values = new float[paths][plan.days];
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + paths + " paths", blocks);
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(blocks, settings.limits().threads()),
                namedThreads());
        try {
            List<Future<Tally>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                int first = b * BLOCK;
                int last = Math.min(paths, first + BLOCK);
                futures.add(workers.submit(() -> runBlock(plan, settings.seed(), first, last, values)));
            }
            Tally total = new Tally(plan.items, plan.capacity.length, plan.days);
            for (Future<Tally> block : futures) {
                if (progress.isCanceled()) {
                    return Result.error("The simulation was cancelled; nothing was kept");
                }
                total.add(block.get());
                progress.worked(1);
            }
            return Result.ok(new Outcomes(plan, paths).build(total, values, settings.seed(),
                    System.nanoTime() - started));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Result.error("The simulation was interrupted; nothing was kept");
        } catch (ExecutionException failed) {
            throw new IllegalStateException("a simulation block failed unexpectedly", failed.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private static Tally runBlock(SimulationPlan plan, long seed, int first, int last, float[][] values) {
        Tally tally = new Tally(plan.items, plan.capacity.length, plan.days);
        PathRunner runner = new PathRunner(plan);
        for (int path = first; path < last && !Thread.currentThread().isInterrupted(); path++) {
            runner.run(seed, path, tally, values[path]);
        }
        return tally;
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "Grenier simulation " + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
