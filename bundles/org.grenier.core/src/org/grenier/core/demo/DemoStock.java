package org.grenier.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.StockCount;
import org.grenier.core.planning.SupplyTerms;

/**
 * Where the demo's stock stands when a newcomer plans: a count of every product on the evening of the last day of
 * sales, and the terms each one is bought on. The counts are so many days of the last four weeks' sales, chosen so
 * that a plan shows a bit of everything: wheat, barley and Comté well covered, maize, carrots, raw milk and flu
 * vaccines to order at once, sun cream in excess in the winter.
 */
final class DemoStock {

    /** Days of sales on hand, per product. */
    private static final Map<String, Integer> COVER = Map.ofEntries(Map.entry("BLE-T1", 60),
            Map.entry("ORGE-B", 35), Map.entry("MAIS-G", 4), Map.entry("POM-GALA", 12), Map.entry("POM-TERRE", 25),
            Map.entry("CAROTTE", 2), Map.entry("FROM-COMTE", 45), Map.entry("LAIT-CRU", 1),
            Map.entry("PARA-500", 40), Map.entry("SIROP-TOUX", 12), Map.entry("VACC-GRIP", 2),
            Map.entry("SPF-50", 400));

    private DemoStock() {
    }

    /** Each product counted in its storage unit at 18:00 on {@code lastDay}. */
    static List<StockCount> counts(List<SalesObservation> sales, List<SupplyTerms> terms, LocalDate lastDay) {
        Instant counted = lastDay.atTime(18, 0).toInstant(ZoneOffset.UTC);
        Instant since = lastDay.minusDays(27).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<StockCount> counts = new ArrayList<>();
        for (SupplyTerms term : terms) {
            double sold = sales.stream().filter(s -> s.skuCode().equals(term.sku()) && !s.at().isBefore(since))
                    .mapToDouble(s -> s.quantity().doubleValue()).sum();
            double quantity = Math.round(sold / 28 * COVER.get(term.sku()));
            counts.add(new StockCount(term.sku(), term.storageUnit(), quantity, counted));
        }
        return counts;
    }

    /**
     * How the demo's products are bought. Grain comes from the members in lots of 10 quintals within a fortnight,
     * fresh produce within days by the crate, milk every day; the pharmacy's wholesaler delivers the next day. A
     * kilogram or a litre takes a thousandth of the cold room's tonnes; a tube of sun cream half a box's room.
     */
    static List<SupplyTerms> terms() {
        return List.of(
                new SupplyTerms("BLE-T1", 12, 3, 150, 50, 10, 1, "VAL-S1", 0.10),
                new SupplyTerms("ORGE-B", 14, 3, 150, 50, 10, 1, "VAL-S2", 0.10),
                new SupplyTerms("MAIS-G", 10, 2, 150, 50, 10, 1, "VAL-S2", 0.10),
                new SupplyTerms("POM-GALA", 3, 1, 40, 100, 20, 0.001, "VAL-CF1", 0.30),
                new SupplyTerms("POM-TERRE", 4, 1, 40, 200, 25, 0.001, "VAL-CF1", 0.25),
                new SupplyTerms("CAROTTE", 2, 0.5, 30, 50, 10, 0.001, "VAL-CF1", 0.30),
                new SupplyTerms("FROM-COMTE", 7, 2, 60, 20, 1, 0.001, "VAL-CF1", 0.20),
                new SupplyTerms("LAIT-CRU", 1, 0, 15, 100, 50, 0.001, "VAL-CF1", 0.35),
                new SupplyTerms("PARA-500", 1, 0.5, 8, 0, 10, 1, DemoPharmacy.RESERVE, 0.20),
                new SupplyTerms("SIROP-TOUX", 1, 0.5, 8, 0, 6, 1, DemoPharmacy.RESERVE, 0.20),
                new SupplyTerms("VACC-GRIP", 2, 1, 15, 0, 10, 1, DemoPharmacy.FRIDGE, 0.25),
                new SupplyTerms("SPF-50", 5, 2, 25, 12, 12, 0.5, DemoPharmacy.RESERVE, 0.25));
    }
}
