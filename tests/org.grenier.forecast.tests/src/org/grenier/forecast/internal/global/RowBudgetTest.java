package org.grenier.forecast.internal.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.grenier.core.ComputeLimits;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;
import org.junit.jupiter.api.Test;

/** The global model's training rows stay within the working memory the user allows. */
class RowBudgetTest {

    private static final int COLUMNS = 30;

    @Test
    void aGenerousBudgetKeepsEverySeriesAndEightOriginsEach() {
        // M1's monthly batch: 617 series, 18 months ahead; as before the memory limit existed
        RowBudget budget = RowBudget.of(617, 18, COLUMNS, new ComputeLimits(2, 1024));
        assertEquals(1, budget.stride());
        assertEquals(RowBudget.MIN_LATEST, budget.latest());
    }

    @Test
    void aSmallBudgetLearnsFromFewerSeriesButNeverPassesIt() {
        for (int memory : new int[] {32, 64, 128, 512}) {
            for (int series : new int[] {1, 40, 1_000, 20_000}) {
                for (int horizon : new int[] {1, 13, 48}) {
                    ComputeLimits limits = new ComputeLimits(1, memory);
                    RowBudget budget = RowBudget.of(series, horizon, COLUMNS, limits);
                    int learning = budget.learners(names(series)).size();
                    long rows = (long) learning * horizon * budget.latest();
                    long memoryRows = limits.memoryBytes() / RowBudget.bytesPerRow(COLUMNS);
                    String what = series + " series, h " + horizon + ", " + memory + " MB: " + budget;
                    assertTrue(rows <= memoryRows, what + " trains on " + rows + " rows");
                    assertTrue(rows <= Math.max(RowBudget.MAX_ROWS, (long) learning * horizon * RowBudget.MIN_LATEST),
                            what);
                    assertTrue(learning >= 1 && budget.latest() >= 1, what);
                    long heldOut = (long) learning * horizon * budget.heldOutTargets(learning, horizon);
                    assertTrue(heldOut <= Math.max(memoryRows / 2, learning * horizon), what + " holds out " + heldOut);
                }
            }
        }
    }

    @Test
    void halvingTheMemoryRoughlyHalvesTheSeriesThatLearn() {
        int wide = RowBudget.of(20_000, 13, COLUMNS, new ComputeLimits(1, 128)).learners(names(20_000)).size();
        int narrow = RowBudget.of(20_000, 13, COLUMNS, new ComputeLimits(1, 64)).learners(names(20_000)).size();
        double ratio = (double) narrow / wide;
        assertTrue(ratio > 0.4 && ratio < 0.6, narrow + " series learn in 64 MB, " + wide + " in 128 MB");
    }

    private static List<DemandSeries> names(int count) {
        return IntStream.range(0, count).mapToObj(i -> new DemandSeries("S" + i, new double[] {1, 2}, Frequency.DAILY))
                .toList();
    }
}
