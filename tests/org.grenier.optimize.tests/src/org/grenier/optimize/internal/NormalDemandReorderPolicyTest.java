package org.grenier.optimize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.grenier.core.planning.ReorderPoint;
import org.grenier.core.planning.ReorderPolicy;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;

class NormalDemandReorderPolicyTest {

    private final ReorderPolicy policy = OsgiServices.get(ReorderPolicy.class);

    @Test
    void matchesTheTextbookValue() {
        // 10 units a day, sd 3, 4 days lead time, 95%: 40 + 1.6449 * 3 * 2 = 49.869
        ReorderPoint point = policy.reorderPoint(10, 3, 4, 0.95).orElseThrow();
        assertEquals(9.869, point.safetyStock(), 0.001);
        assertEquals(49.869, point.level(), 0.001);
    }

    @Test
    void runsOutAsOftenAsTheServiceLevelAllows() {
        ReorderPoint point = policy.reorderPoint(10, 3, 4, 0.9).orElseThrow();
        Random random = new Random(3);
        int stockouts = 0;
        int cycles = 20_000;
        for (int cycle = 0; cycle < cycles; cycle++) {
            double leadTimeDemand = 0;
            for (int day = 0; day < 4; day++) {
                leadTimeDemand += 10 + 3 * random.nextGaussian();
            }
            stockouts += leadTimeDemand > point.level() ? 1 : 0;
        }
        assertEquals(0.10, stockouts / (double) cycles, 0.01);
    }

    @Test
    void explainsAnImpossibleServiceLevel() {
        var result = policy.reorderPoint(10, 3, 4, 1.0);
        assertTrue(result.failed());
        assertTrue(result.message().contains("between 0 and 1"), result.message());
    }
}
