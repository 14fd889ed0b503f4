package org.grenier.optimize.internal.costs;

import java.util.ArrayDeque;
import java.util.Deque;

import org.grenier.core.model.StockMovement;

/**
 * One product's stock followed movement by movement, oldest first, in the two ways accountants value it: as layers of
 * receipts at their own costs, issued oldest first (FIFO), and at the moving weighted average cost, which each receipt
 * updates and issues leave as it is. A receipt without a cost comes at the catalogue cost; a count that finds more
 * than the ledger holds adds the difference at the last known cost; a transfer moves stock between storage units and
 * leaves its value alone.
 */
final class InventoryLedger {

    /** Below this, a layer is spent: decimal quantities leave dust. */
    private static final double DUST = 1e-9;

    private final Deque<double[]> layers = new ArrayDeque<>();
    private final double catalogueCost;
    private double quantity;
    private double averageCost;
    private double lastCost;
    private boolean costed;

    InventoryLedger(double catalogueCost) {
        this.catalogueCost = catalogueCost;
        this.averageCost = catalogueCost;
        this.lastCost = catalogueCost;
    }

    void apply(StockMovement movement) {
        double moved = movement.quantity().doubleValue();
        switch (movement.kind()) {
            case RECEIPT -> {
                costed |= movement.unitCost() != null;
                receive(moved, movement.unitCost() == null ? catalogueCost : movement.unitCost().doubleValue());
            }
            case ISSUE, LOSS -> issue(moved);
            case COUNT -> countTo(moved);
            case TRANSFER -> {
                // between storage units of the same product: the product's value does not change
            }
        }
    }

    void receive(double received, double unitCost) {
        if (received <= 0) {
            return;
        }
        averageCost = (quantity * averageCost + received * unitCost) / (quantity + received);
        quantity += received;
        layers.addLast(new double[] { received, unitCost });
        lastCost = unitCost;
    }

    void issue(double issued) {
        double left = Math.min(issued, quantity);
        quantity -= left;
        while (left > DUST && !layers.isEmpty()) {
            double[] oldest = layers.peekFirst();
            double taken = Math.min(oldest[0], left);
            oldest[0] -= taken;
            left -= taken;
            if (oldest[0] <= DUST) {
                layers.removeFirst();
            }
        }
    }

    void countTo(double counted) {
        if (counted > quantity) {
            receive(counted - quantity, lastCost);
        } else {
            issue(quantity - counted);
        }
    }

    double quantity() {
        return quantity;
    }

    /** True when at least one receipt carried its own cost. */
    boolean costed() {
        return costed;
    }

    double averageCost() {
        return averageCost;
    }

    /**
     * FIFO value of {@code onHand} units: the latest receipts are what is left, so they are counted newest first; what
     * the layers cannot account for (a count above the ledger) at the last known cost.
     */
    double fifoValue(double onHand) {
        double left = onHand;
        double value = 0;
        var newestFirst = layers.descendingIterator();
        while (left > DUST && newestFirst.hasNext()) {
            double[] layer = newestFirst.next();
            double taken = Math.min(layer[0], left);
            value += taken * layer[1];
            left -= taken;
        }
        return value + Math.max(0, left) * lastCost;
    }

    /** Value of {@code onHand} units at the moving weighted average cost. */
    double averageValue(double onHand) {
        return onHand * averageCost;
    }
}
