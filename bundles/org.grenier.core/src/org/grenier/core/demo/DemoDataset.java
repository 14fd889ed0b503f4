package org.grenier.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.grenier.core.model.Measure;
import org.grenier.core.model.MovementKind;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.SensorReading;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Dataset;

/**
 * A small farm cooperative with a year of sales, stock receipts and a fortnight of cold-room readings, so that a
 * newcomer opens Grenier on real-looking content. Generated from a fixed seed: every store gets the same data.
 * {@link #create()} is the cooperative alone, which tests use as a fixture; {@link #workspace()} adds the village
 * pharmacy, and is what the workbench's demo workspace holds.
 */
public final class DemoDataset {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;

    private DemoDataset() {
    }

    public static Dataset create() {
        Random random = new Random(20251);
        List<Sku> skus = DemoCatalogue.skus();
        List<Site> sites = DemoCatalogue.sites();
        List<StorageUnit> units = DemoCatalogue.storageUnits();
        return new Dataset(skus, sites, units, receipts(skus, random), sales(skus, random), readings(random));
    }

    /**
     * The demo workspace: the cooperative and the village pharmacy over the same year, each product counted on the
     * last evening and bought on terms of its own, so that a plan starts from stock on hand.
     */
    public static Dataset workspace() {
        Dataset farm = create();
        Dataset pharmacy = DemoPharmacy.create(FIRST_DAY, DAYS);
        List<SalesObservation> sales = both(farm.sales(), pharmacy.sales());
        List<SupplyTerms> terms = DemoStock.terms();
        return new Dataset(both(farm.skus(), pharmacy.skus()), both(farm.sites(), pharmacy.sites()),
                both(farm.storageUnits(), pharmacy.storageUnits()), both(farm.movements(), pharmacy.movements()),
                sales, both(farm.readings(), pharmacy.readings()),
                DemoStock.counts(sales, terms, FIRST_DAY.plusDays(DAYS - 1)), terms);
    }

    /**
     * The demo's own limits: the co-op's cold room keeps dairy between 0 and 6 °C and runs humid (up to 95 %, above
     * every unit's 80 %); the pharmacy's vaccines keep between 2 and 8 °C and must not swing more than 3 °C an hour.
     */
    public static List<AlertRule> limits() {
        return List.of(
                new AlertRule("VAL-CF1", Measure.TEMPERATURE, OptionalDouble.of(0), OptionalDouble.of(6),
                        OptionalDouble.of(4)),
                new AlertRule("VAL-CF1", Measure.RELATIVE_HUMIDITY, OptionalDouble.empty(), OptionalDouble.of(95),
                        OptionalDouble.empty()),
                new AlertRule(DemoPharmacy.FRIDGE, Measure.TEMPERATURE, OptionalDouble.of(2), OptionalDouble.of(8),
                        OptionalDouble.of(3)));
    }

    private static <T> List<T> both(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<SalesObservation> sales(List<Sku> skus, Random random) {
        List<SalesObservation> lines = new ArrayList<>();
        String[] zones = { "Nord", "Centre", "Sud" };
        for (int day = 0; day < DAYS; day++) {
            Instant at = FIRST_DAY.plusDays(day).atTime(10, 0).toInstant(ZoneOffset.UTC);
            double season = 1 + 0.35 * Math.sin(2 * Math.PI * (day - 80) / 365.0);
            double weekday = FIRST_DAY.plusDays(day).getDayOfWeek().getValue() >= 6 ? 0.6 : 1.1;
            for (int i = 0; i < skus.size(); i++) {
                Sku sku = skus.get(i);
                double mean = (4 + 3 * i) * season * weekday;
                long quantity = Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
                if (quantity == 0) {
                    continue;
                }
                BigDecimal amount = sku.price().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
                lines.add(new SalesObservation(at, sku.code(), "VAL", BigDecimal.valueOf(quantity), amount,
                        "C" + (100 + random.nextInt(40)), zones[random.nextInt(zones.length)]));
            }
        }
        return lines;
    }

    private static List<StockMovement> receipts(List<Sku> skus, Random random) {
        List<StockMovement> movements = new ArrayList<>();
        for (int week = 0; week < DAYS / 7; week++) {
            Instant at = FIRST_DAY.plusWeeks(week).atTime(7, 0).toInstant(ZoneOffset.UTC);
            for (Sku sku : skus) {
                String unit = DemoCatalogue.storageUnitFor(sku);
                int quantity = 30 + random.nextInt(60);
                movements.add(new StockMovement(sku.code(), unit, at, MovementKind.RECEIPT, BigDecimal.valueOf(quantity),
                        seasonalCost(sku, week)));
            }
        }
        return movements;
    }

    /**
     * What a week's receipt cost: the catalogue cost, 8 % dearer at the top of a yearly swing and as much cheaper at
     * its foot, so that FIFO and the weighted average value the same stock differently. No random draw: the sales
     * drawn after the receipts stay as they were.
     */
    private static BigDecimal seasonalCost(Sku sku, int week) {
        double swing = 1 + 0.08 * Math.sin(2 * Math.PI * week / 52.0);
        return sku.unitCost().multiply(BigDecimal.valueOf(swing)).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    private static List<SensorReading> readings(Random random) {
        List<SensorReading> readings = new ArrayList<>();
        Instant start = FIRST_DAY.plusDays(DAYS - 14).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int step = 0; step < 14 * 48; step++) {
            Instant at = start.plusSeconds(step * 1800L);
            double daily = Math.sin(2 * Math.PI * step / 48.0);
            readings.add(new SensorReading("CF1-T", "VAL-CF1", at, Measure.TEMPERATURE,
                    round(3.5 + 0.6 * daily + random.nextGaussian() * 0.15)));
            readings.add(new SensorReading("CF1-H", "VAL-CF1", at, Measure.RELATIVE_HUMIDITY,
                    round(88 - 3 * daily + random.nextGaussian())));
        }
        return readings;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
