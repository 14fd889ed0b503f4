package org.grenier.core;

/**
 * How much of the machine one long computation (training forecasts, later simulating scenarios) may take: the worker
 * threads it runs on and the working memory it may hold at once. Planners on a shared farm laptop turn them down.
 */
public record ComputeLimits(int threads, int memoryMegabytes) {

    /** More threads than this only queue on the cores. */
    public static final int MAX_THREADS = 256;
    /** Less working memory than this cannot hold the global model's smallest useful training set. */
    public static final int MIN_MEMORY_MEGABYTES = 32;

    public ComputeLimits {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        if (memoryMegabytes < MIN_MEMORY_MEGABYTES) {
            throw new IllegalArgumentException("working memory must be at least " + MIN_MEMORY_MEGABYTES
                    + " MB, not " + memoryMegabytes);
        }
    }

    /**
     * Every core but one, and a quarter of the heap (at most 1 GB). The core left free keeps the window answering and
     * the sensors recording while a training runs (measured: with every core, the window froze up to 140 ms on a
     * two-core laptop); the memory left is for the store and the workbench. A script may still ask for every core.
     */
    public static ComputeLimits defaults() {
        long quarter = Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024);
        int memory = (int) Math.clamp(quarter, MIN_MEMORY_MEGABYTES, 1024);
        return new ComputeLimits(Math.clamp(Runtime.getRuntime().availableProcessors() - 1, 1, MAX_THREADS), memory);
    }

    public long memoryBytes() {
        return memoryMegabytes * 1024L * 1024L;
    }

    public ComputeLimits withThreads(int newThreads) {
        return new ComputeLimits(newThreads, memoryMegabytes);
    }
}
