package org.grenier.forecast.internal.patterns;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.grenier.core.model.DailySales;

/** Sales quantities summed per complete period of a grid: per product, and per delivery zone and product. */
final class SalesTotals {

    /** The zone of sales lines that named none. */
    static final String NO_ZONE = "(no zone)";

    private final PeriodGrid grid;
    private final Map<String, double[]> byProduct = new TreeMap<>();
    private final Map<String, Double> amountByProduct = new TreeMap<>();
    private final Map<String, Map<String, double[]>> byZone = new TreeMap<>();

    private SalesTotals(PeriodGrid grid) {
        this.grid = grid;
    }

    static SalesTotals of(Iterable<DailySales> days, PeriodGrid grid) {
        SalesTotals totals = new SalesTotals(grid);
        for (DailySales day : days) {
            int period = grid.periodOf(day.day());
            if (period >= 0) {
                totals.add(day, period);
            }
        }
        return totals;
    }

    private void add(DailySales day, int period) {
        byProduct.computeIfAbsent(day.skuCode(), code -> new double[grid.periods()])[period] += day.quantity();
        amountByProduct.merge(day.skuCode(), day.amount(), Double::sum);
        String zone = day.deliveryZone() == null || day.deliveryZone().isBlank() ? NO_ZONE : day.deliveryZone();
        byZone.computeIfAbsent(zone, z -> new TreeMap<>())
                .computeIfAbsent(day.skuCode(), code -> new double[grid.periods()])[period] += day.quantity();
    }

    PeriodGrid grid() {
        return grid;
    }

    /** Each product's sales per period over the whole grid, by code. */
    Map<String, double[]> byProduct() {
        return byProduct;
    }

    double amount(String sku) {
        return amountByProduct.getOrDefault(sku, 0.0);
    }

    /** Each zone's products' sales per period over the whole grid, by zone then code. */
    Map<String, Map<String, double[]>> byZone() {
        return byZone;
    }

    /** The first period with a sale in {@code values}, or its length when none has. */
    static int firstSale(double[] values) {
        int first = 0;
        while (first < values.length && values[first] == 0) {
            first++;
        }
        return first;
    }

    /** {@code values} from its first sale on: a product launched in May has no season in the months before. */
    static double[] fromFirstSale(double[] values) {
        return Arrays.copyOfRange(values, firstSale(values), values.length);
    }
}
