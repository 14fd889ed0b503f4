package org.grenier.optimize.internal.simulation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Runs sample paths of one plan, day by day. Each day, for each product: deliveries due arrive (what does not fit in
 * the storage unit is refused), lots past their life are thrown away, the day's demand is served first-expiring
 * first and what cannot be served is lost, then the policy reviews stock on hand plus on order and may order; an
 * order placed at the end of day t with a lead time of L days is on the shelf for day t + L + 1. A replenishment
 * cycle runs from one delivery to the next; it is short when a sale was lost in it. One runner per thread.
 */
final class PathRunner {

    private static final int LOTS = 32;
    private static final double EPSILON = 1e-9;

    private final SimulationPlan plan;
    private final double[] stock;
    private final double[] onOrder;
    private final double[] pipeline;
    private final double[] lotQuantity;
    private final int[] lotExpiry;
    private final int[] lotHead;
    private final int[] lotCount;
    private final boolean[] shortInCycle;
    private final boolean[] delivered;
    private final int[] nextReview;
    private final double[] peak;
    private final double[] used;
    private final double[] unitPeak;
    private final boolean[] refusedToday;
    private final boolean[] fullYet;

    PathRunner(SimulationPlan plan) {
        this.plan = plan;
        int n = plan.items;
        stock = new double[n];
        onOrder = new double[n];
        pipeline = new double[n * plan.ring];
        lotQuantity = new double[n * LOTS];
        lotExpiry = new int[n * LOTS];
        lotHead = new int[n];
        lotCount = new int[n];
        shortInCycle = new boolean[n];
        delivered = new boolean[n];
        nextReview = new int[n];
        peak = new double[n];
        used = new double[plan.capacity.length];
        unitPeak = new double[plan.capacity.length];
        refusedToday = new boolean[plan.capacity.length];
        fullYet = new boolean[plan.capacity.length];
    }

    /** Runs path {@code path}, adding its sums to the tally and its daily stock value to {@code value}. */
    void run(long seed, int path, Tally tally, float[] value) {
        SplittableRandom random = new SplittableRandom(PathSeeds.of(seed, path));
        start();
        for (int day = 0; day < plan.days; day++) {
            double worth = 0;
            for (int i = 0; i < plan.items; i++) {
                receive(i, day, tally);
                if (plan.life[i] > 0) {
                    expire(i, day, tally);
                }
                sell(i, day, random, tally);
                worth += stock[i] * plan.unitCost[i];
                review(i, day, random, tally);
            }
            value[day] = (float) worth;
            measureUnits(tally, day);
        }
        finish(tally);
    }

    private void start() {
        Arrays.fill(onOrder, 0);
        Arrays.fill(shortInCycle, false);
        Arrays.fill(delivered, false);
        Arrays.fill(nextReview, 0);
        Arrays.fill(lotHead, 0);
        Arrays.fill(lotCount, 0);
        Arrays.fill(used, 0);
        Arrays.fill(unitPeak, 0);
        Arrays.fill(fullYet, false);
        for (int i = 0; i < plan.items; i++) {
            stock[i] = plan.onHand[i];
            peak[i] = stock[i];
            if (plan.unit[i] >= 0) {
                used[plan.unit[i]] += stock[i] * plan.volume[i];
            }
            if (plan.life[i] > 0 && stock[i] > 0) {
                addLot(i, stock[i], plan.onHandLife[i]);
            }
            expect(i);
        }
    }

    /** Orders placed before the plan are in the pipeline from the start, and the policy counts them as on order. */
    private void expect(int i) {
        double[] due = plan.onOrder[i];
        for (int day = 0; day < Math.min(due.length, plan.days); day++) {
            if (due[day] > 0) {
                pipeline[i * plan.ring + (day & (plan.ring - 1))] += due[day];
                onOrder[i] += due[day];
            }
        }
    }

    private void receive(int i, int day, Tally tally) {
        int slot = i * plan.ring + (day & (plan.ring - 1));
        double bought = pipeline[slot];
        double arriving = bought + (plan.production == null ? 0 : plan.production[day * plan.items + i]);
        if (arriving <= 0) {
            return;
        }
        pipeline[slot] = 0;
        onOrder[i] -= bought;
        double accepted = arriving;
        int u = plan.unit[i];
        if (u >= 0 && plan.volume[i] > 0) {
            double room = Math.max(0, plan.capacity[u] - used[u]) / plan.volume[i];
            if (accepted > room) {
                accepted = room;
                tally.refused[i] += arriving - accepted;
                tally.unitRefused[u] += arriving - accepted;
                refusedToday[u] = true;
            }
            used[u] += accepted * plan.volume[i];
        }
        stock[i] += accepted;
        peak[i] = Math.max(peak[i], stock[i]);
        if (plan.life[i] > 0 && accepted > 0) {
            addLot(i, accepted, day + plan.life[i]);
        }
        if (bought <= 0) {
            return; // a harvest is not a replenishment cycle: service is measured between purchases
        }
        if (delivered[i]) {
            tally.cycles[i]++;
            if (shortInCycle[i]) {
                tally.shortCycles[i]++;
            }
        }
        delivered[i] = true;
        shortInCycle[i] = false;
    }

    private void expire(int i, int day, Tally tally) {
        while (lotCount[i] > 0) {
            int slot = i * LOTS + lotHead[i];
            if (lotExpiry[slot] > day) {
                return;
            }
            double thrown = Math.min(lotQuantity[slot], stock[i]);
            take(i, thrown);
            tally.waste[i] += thrown;
            lotHead[i] = (lotHead[i] + 1) % LOTS;
            lotCount[i]--;
        }
    }

    private void sell(int i, int day, SplittableRandom random, Tally tally) {
        int at = day * plan.items + i;
        double demand = plan.mean[at];
        float spread = plan.sd[at];
        if (spread > 0) {
            demand = Math.max(0, demand + spread * random.nextGaussian());
        }
        double served = Math.min(stock[i], demand);
        tally.demand[i] += demand;
        tally.served[i] += served;
        take(i, served);
        if (plan.life[i] > 0) {
            consumeLots(i, served);
        }
        if (demand - served > EPSILON) {
            tally.stockoutDays[i]++;
            shortInCycle[i] = true;
        }
        tally.stockSum[i] += stock[i];
    }

    private void take(int i, double quantity) {
        stock[i] -= quantity;
        int u = plan.unit[i];
        if (u >= 0) {
            used[u] -= quantity * plan.volume[i];
        }
    }

    private void review(int i, int day, SplittableRandom random, Tally tally) {
        double position = stock[i] + onOrder[i];
        double order;
        if (plan.periodic[i]) {
            if (day < nextReview[i]) {
                return;
            }
            nextReview[i] = day + plan.review[i];
            double gap = plan.orderUpTo[i] - position;
            order = gap <= EPSILON ? 0 : Math.ceil(Math.max(gap, plan.minimum[i]) / plan.pack[i] - EPSILON)
                    * plan.pack[i];
        } else {
            double gap = plan.reorderPoint[i] - position;
            order = gap < 0 ? 0 : (Math.floor(gap / plan.quantity[i]) + 1) * plan.quantity[i];
        }
        if (order > 0) {
            place(i, day, order, random, tally);
        }
    }

    private void place(int i, int day, double order, SplittableRandom random, Tally tally) {
        double lead = plan.leadMean[i];
        if (plan.leadSd[i] > 0) {
            lead += plan.leadSd[i] * random.nextGaussian();
        }
        int days = (int) Math.max(1, Math.min(plan.maxLead[i], Math.round(lead)));
        pipeline[i * plan.ring + ((day + days + 1) & (plan.ring - 1))] += order;
        onOrder[i] += order;
        tally.orders[i]++;
        tally.ordered[i] += order;
    }

    private void addLot(int i, double quantity, int expiry) {
        if (lotCount[i] == LOTS) {
            // More lots than slots: the newest slot takes the extra, keeping the later expiry (rare; lots are
            // normally fewer than a shelf life's orders).
            int last = i * LOTS + (lotHead[i] + LOTS - 1) % LOTS;
            lotQuantity[last] += quantity;
            lotExpiry[last] = Math.max(lotExpiry[last], expiry);
            return;
        }
        int slot = i * LOTS + (lotHead[i] + lotCount[i]) % LOTS;
        lotQuantity[slot] = quantity;
        lotExpiry[slot] = expiry;
        lotCount[i]++;
    }

    private void consumeLots(int i, double quantity) {
        double left = quantity;
        while (left > EPSILON && lotCount[i] > 0) {
            int slot = i * LOTS + lotHead[i];
            double taken = Math.min(left, lotQuantity[slot]);
            lotQuantity[slot] -= taken;
            left -= taken;
            if (lotQuantity[slot] <= EPSILON) {
                lotHead[i] = (lotHead[i] + 1) % LOTS;
                lotCount[i]--;
            }
        }
    }

    private void measureUnits(Tally tally, int day) {
        for (int u = 0; u < used.length; u++) {
            double share = used[u] / plan.capacity[u];
            tally.unitMean[u] += share;
            unitPeak[u] = Math.max(unitPeak[u], share);
            if (share >= 0.999 || refusedToday[u]) {
                tally.unitFullDays[u]++;
                if (!fullYet[u]) {
                    fullYet[u] = true;
                    tally.firstFull[u * plan.days + day]++;
                }
            }
            refusedToday[u] = false;
        }
    }

    private void finish(Tally tally) {
        for (int i = 0; i < plan.items; i++) {
            tally.peakSum[i] += peak[i];
            int last = i * plan.ring;
            Arrays.fill(pipeline, last, last + plan.ring, 0);
        }
        for (int u = 0; u < used.length; u++) {
            tally.unitPeak[u] += unitPeak[u];
        }
    }
}
