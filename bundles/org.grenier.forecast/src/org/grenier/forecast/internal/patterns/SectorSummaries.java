package org.grenier.forecast.internal.patterns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.model.Sector;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockOnHand;
import org.grenier.core.patterns.SectorSummary;

/** Each sector's sales over the analysed periods beside the stock it holds now. */
final class SectorSummaries {

    private SectorSummaries() {
    }

    static List<SectorSummary> of(SalesTotals totals, Map<String, Sku> catalogue, List<StockOnHand> stock) {
        Map<Sector, Tally> tallies = new EnumMap<>(Sector.class);
        for (Sku sku : catalogue.values()) {
            Tally tally = tallies.computeIfAbsent(sku.sector(), s -> new Tally());
            tally.products++;
            double[] sold = totals.byProduct().get(sku.code());
            if (sold != null) {
                tally.productsSold++;
                for (double quantity : sold) {
                    tally.quantity += quantity;
                }
                tally.amount += totals.amount(sku.code());
            }
        }
        for (StockOnHand onHand : stock) {
            Sku sku = catalogue.get(onHand.skuCode());
            if (sku != null) {
                Tally tally = tallies.get(sku.sector());
                tally.stock += onHand.quantity();
                tally.stockValue += sku.unitCost() == null ? 0 : onHand.quantity() * sku.unitCost().doubleValue();
            }
        }
        List<SectorSummary> summaries = new ArrayList<>();
        int periods = totals.grid().periods();
        tallies.forEach((sector, tally) -> summaries.add(tally.summary(sector, periods)));
        return summaries;
    }

    /** Running sums for one sector. */
    private static final class Tally {
        int products;
        int productsSold;
        double quantity;
        double amount;
        double stock;
        double stockValue;

        SectorSummary summary(Sector sector, int periods) {
            double perPeriod = quantity / periods;
            double cover = perPeriod > 0 ? stock / perPeriod : Double.POSITIVE_INFINITY;
            return new SectorSummary(sector, products, productsSold, quantity, amount, perPeriod,
                    productsSold == 0 ? 0 : quantity / productsSold, stock, stockValue, cover);
        }
    }
}
