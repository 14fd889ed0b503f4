package org.grenier.optimize.internal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.model.MovementKind;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StockMovement;

/**
 * Where stock stands when a plan starts. On hand, per product and storage unit, is the latest count moved by the
 * ledger since: receipts add, issues and losses take away, a count in the ledger resets the level. A transfer names
 * one storage unit and not its direction, so it moves nothing. Movements of a product never counted in a unit are not
 * summed into stock: a ledger without its opening count would say what came in, not what is there. On order is every
 * receipt dated after the start, on the day it is due: an ERP exports open purchase orders as receipts to come.
 */
public record StockPosition(List<StockCount> byUnit, Map<String, Double> onHand, Map<String, double[]> onOrder) {

    public static StockPosition of(List<StockCount> counts, List<StockMovement> movements, Instant start, int horizon) {
        Map<String, StockCount> latest = new HashMap<>();
        counts.forEach(count -> latest.put(key(count.skuCode(), count.storageUnitCode()), count));
        Map<String, Double> level = new HashMap<>();
        counts.forEach(count -> level.put(key(count.skuCode(), count.storageUnitCode()), count.quantity()));
        Map<String, double[]> onOrder = new HashMap<>();
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        for (StockMovement move : movements) { // in time order, which a count in the ledger needs
            if (move.at().isAfter(start)) {
                due(onOrder, move, first, horizon);
                continue;
            }
            String key = key(move.skuCode(), move.storageUnitCode());
            StockCount count = latest.get(key);
            if (count != null && move.at().isAfter(count.countedAt())) {
                level.put(key, move.kind() == MovementKind.COUNT ? move.quantity().doubleValue()
                        : level.get(key) + change(move));
            }
        }
        return position(latest, level, onOrder);
    }

    private static StockPosition position(Map<String, StockCount> latest, Map<String, Double> level,
            Map<String, double[]> onOrder) {
        List<StockCount> byUnit = new ArrayList<>();
        Map<String, Double> onHand = new HashMap<>();
        latest.forEach((key, count) -> {
            double quantity = Math.max(0, level.get(key));
            byUnit.add(new StockCount(count.skuCode(), count.storageUnitCode(), quantity, count.countedAt()));
            onHand.merge(count.skuCode(), quantity, Double::sum);
        });
        return new StockPosition(byUnit, onHand, onOrder);
    }

    private static double change(StockMovement move) {
        double quantity = move.quantity().doubleValue();
        return switch (move.kind()) {
            case RECEIPT -> quantity;
            case ISSUE, LOSS -> -quantity;
            case TRANSFER, COUNT -> 0;
        };
    }

    /** A receipt to come, on its day of the horizon; one due after the horizon does not matter to the plan. */
    private static void due(Map<String, double[]> onOrder, StockMovement move, LocalDate first, int horizon) {
        if (move.kind() != MovementKind.RECEIPT) {
            return;
        }
        long day = ChronoUnit.DAYS.between(first, LocalDate.ofInstant(move.at(), ZoneOffset.UTC));
        if (day >= 0 && day < horizon) {
            onOrder.computeIfAbsent(move.skuCode(), code -> new double[horizon])[(int) day] +=
                    move.quantity().doubleValue();
        }
    }

    /** The quantity a product has on order within the horizon. */
    public double onOrderOf(String sku) {
        double[] due = onOrder.get(sku);
        return due == null ? 0 : java.util.Arrays.stream(due).sum();
    }

    private static String key(String sku, String unit) {
        return sku + '\u0000' + unit;
    }
}
