package org.grenier.forecast.internal.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Allocated bytes are counted once, whether the work nests measurements or hands part of itself to a pool, and a
 * pool holds a library's parallel streams to its thread limit.
 */
class FootprintTest {

    private static final int TEN_MEGABYTES = 10 << 20;

    @Test
    void countsNestedWorkOnce() {
        long[] inner = new long[1];
        Footprint.Measured<byte[]> outer = Footprint.measure(() -> {
            Footprint.Measured<byte[]> nested = Footprint.measure(() -> new byte[TEN_MEGABYTES]);
            inner[0] = nested.allocatedBytes();
            return nested.value();
        });
        assertTrue(inner[0] >= TEN_MEGABYTES, "the nested work's array: " + inner[0]);
        assertTrue(outer.allocatedBytes() >= inner[0] && outer.allocatedBytes() < 1.5 * inner[0],
                "the outer measurement counts it once: " + outer.allocatedBytes() + " against " + inner[0]);
    }

    @Test
    void chargesThePoolWorkersBytesToTheWorkItServes() {
        long[] inner = new long[1];
        Footprint.Measured<Integer> outer = Footprint.measure(() -> {
            Footprint.Measured<Integer> nested = Footprint.measure(() -> {
                ForkJoinPool pool = Footprint.pool("test", 2, Footprint.meter());
                try {
                    return CompletableFuture.supplyAsync(() -> IntStream.range(0, 4).parallel()
                            .map(i -> new byte[TEN_MEGABYTES / 4].length).sum(), pool).join();
                } finally {
                    Footprint.close(pool);
                }
            });
            inner[0] = nested.allocatedBytes();
            return nested.value();
        });
        assertTrue(inner[0] >= TEN_MEGABYTES, "the workers' arrays are charged: " + inner[0]);
        assertTrue(outer.allocatedBytes() >= inner[0] && outer.allocatedBytes() < 1.5 * inner[0],
                "and reach the outer measurement once: " + outer.allocatedBytes() + " against " + inner[0]);
    }

    @Test
    void parallelStreamsInsideThePoolKeepToItsThreads() {
        ForkJoinPool pool = Footprint.pool("limited", 2, null);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try {
            CompletableFuture.runAsync(() -> IntStream.range(0, 10_000).parallel().forEach(i -> {
                threads.add(Thread.currentThread().getName());
                LockSupport.parkNanos(1_000);
            }), pool).join();
        } finally {
            Footprint.close(pool);
        }
        assertTrue(threads.size() <= 2 && threads.stream().allMatch(name -> name.startsWith("limited ")),
                "a library's parallel work stays on the pool's two workers: " + threads);
    }
}
