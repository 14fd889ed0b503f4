package org.grenier.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.grenier.core.model.Measure;
import org.grenier.core.model.MovementKind;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Sector;
import org.grenier.core.model.SensorReading;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Dataset;

/**
 * The village pharmacy of the demo workspace: a year of counter sales with the seasons a pharmacist knows (flu
 * vaccines in the autumn, cough syrup in the winter, sun cream in the summer), weekly deliveries from the
 * wholesaler, and a vaccine refrigerator kept between 2 and 8 °C. Its own seed, so the cooperative's data does not
 * change with it.
 */
final class DemoPharmacy {

    static final String SITE = "PHARMA";
    static final String RESERVE = "PHARMA-R1";
    static final String FRIDGE = "PHARMA-F1";

    /** Product, the day of the year its sales peak, how strong the season is (0: none), sales per day on average. */
    private record Line(Sku sku, int peakDay, double season, double perDay, String unit) {
    }

    private DemoPharmacy() {
    }

    static Dataset create(LocalDate firstDay, int days) {
        Random random = new Random(20252);
        List<Line> lines = lines();
        List<Sku> skus = lines.stream().map(Line::sku).toList();
        return new Dataset(skus, List.of(new Site(SITE, "Pharmacie du Marché", "Bourgogne-Franche-Comté")),
                units(), receipts(lines, firstDay, days, random), sales(lines, firstDay, days, random),
                fridge(firstDay.plusDays(days - 14), random));
    }

    private static List<Line> lines() {
        return List.of(
                new Line(sku("PARA-500", "Paracétamol 500 mg (16 cp)", "Antalgiques", "boîte", 1095, "0.98", "2.18"),
                        20, 0.25, 14, RESERVE),
                new Line(sku("SIROP-TOUX", "Sirop contre la toux 150 ml", "Voies respiratoires", "flacon", 730,
                        "3.10", "6.90"), 15, 0.8, 6, RESERVE),
                new Line(sku("VACC-GRIP", "Vaccin antigrippal", "Vaccins", "dose", 240, "6.20", "9.10"), 300, 1.0,
                        3, FRIDGE),
                new Line(new Sku("SPF-50", "Crème solaire SPF 50", "Dermo-cosmétique", Sector.RETAIL, "tube", 540,
                        new BigDecimal("5.40"), new BigDecimal("13.90")), 190, 0.9, 4, RESERVE));
    }

    private static List<StorageUnit> units() {
        return List.of(new StorageUnit(RESERVE, SITE, "Réserve", StorageType.SHELF, 1500, "boîtes"),
                new StorageUnit(FRIDGE, SITE, "Réfrigérateur vaccins", StorageType.COLD_ROOM, 300, "doses"));
    }

    private static List<SalesObservation> sales(List<Line> lines, LocalDate firstDay, int days, Random random) {
        List<SalesObservation> sales = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate date = firstDay.plusDays(day);
            if (date.getDayOfWeek().getValue() == 7) {
                continue; // closed on Sundays
            }
            Instant at = date.atTime(11, 0).toInstant(ZoneOffset.UTC);
            for (Line line : lines) {
                double season = Math.max(0.05, 1 + line.season() * Math.cos(2 * Math.PI
                        * (date.getDayOfYear() - line.peakDay()) / 365.0));
                double mean = line.perDay() * season;
                long quantity = Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
                if (quantity > 0) {
                    BigDecimal amount = line.sku().price().multiply(BigDecimal.valueOf(quantity))
                            .setScale(2, RoundingMode.HALF_UP);
                    sales.add(new SalesObservation(at, line.sku().code(), SITE, BigDecimal.valueOf(quantity), amount,
                            "COMPTOIR", "Centre"));
                }
            }
        }
        return sales;
    }

    private static List<StockMovement> receipts(List<Line> lines, LocalDate firstDay, int days, Random random) {
        List<StockMovement> movements = new ArrayList<>();
        for (int week = 0; week < days / 7; week++) {
            Instant at = firstDay.plusWeeks(week).atTime(8, 30).toInstant(ZoneOffset.UTC);
            for (Line line : lines) {
                int quantity = (int) Math.round(line.perDay() * 7 * (0.8 + 0.6 * random.nextDouble()));
                movements.add(new StockMovement(line.sku().code(), line.unit(), at, MovementKind.RECEIPT,
                        BigDecimal.valueOf(quantity), line.sku().unitCost()));
            }
        }
        return movements;
    }

    /** A fortnight of the vaccine refrigerator every half hour: 5 °C, the door opened around noon. */
    private static List<SensorReading> fridge(LocalDate from, Random random) {
        List<SensorReading> readings = new ArrayList<>();
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int step = 0; step < 14 * 48; step++) {
            double noon = Math.exp(-Math.pow((step % 48) - 24, 2) / 8.0);
            double celsius = 4.8 + 1.4 * noon + random.nextGaussian() * 0.2;
            readings.add(new SensorReading("PF1-T", FRIDGE, start.plusSeconds(step * 1800L), Measure.TEMPERATURE,
                    Math.round(celsius * 100) / 100.0));
        }
        return readings;
    }

    private static Sku sku(String code, String name, String category, String unit, int shelfLife, String cost,
            String price) {
        return new Sku(code, name, category, Sector.PHARMACY, unit, shelfLife, new BigDecimal(cost),
                new BigDecimal(price));
    }
}
