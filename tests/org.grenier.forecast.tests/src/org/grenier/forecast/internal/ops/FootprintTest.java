package org.grenier.forecast.internal.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Allocated bytes are counted once, whether the work nests measurements or hands part of itself to a worker. */
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
    void chargesAWorkersBytesToTheWorkItServes() {
        long[] inner = new long[1];
        Footprint.Measured<byte[]> outer = Footprint.measure(() -> {
            Footprint.Measured<byte[]> nested = Footprint.measure(() -> {
                AtomicLong meter = Footprint.meter();
                return CompletableFuture.supplyAsync(() -> Footprint.chargedTo(meter,
                        () -> new byte[TEN_MEGABYTES])).join();
            });
            inner[0] = nested.allocatedBytes();
            return nested.value();
        });
        assertTrue(inner[0] >= TEN_MEGABYTES, "the worker's array is charged: " + inner[0]);
        assertTrue(outer.allocatedBytes() >= inner[0] && outer.allocatedBytes() < 1.5 * inner[0],
                "and reaches the outer measurement once: " + outer.allocatedBytes() + " against " + inner[0]);
    }
}
