package org.grenier.forecast.internal.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Sector;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.patterns.PatternLevel;
import org.grenier.core.patterns.PatternPlan;
import org.grenier.core.patterns.PatternReport;
import org.grenier.core.patterns.PopularProduct;
import org.grenier.core.patterns.SeasonalPattern;
import org.grenier.core.patterns.SectorSummary;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.forecast.internal.ForecastService;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns from a real H2 store holding 29 months of daily sales (and ten days of a 30th) in two delivery zones: ice
 * cream peaking in July, chocolate in December, salt flat, and a product launched five months before the end.
 */
class PatternServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate END_OF_MAY = LocalDate.of(2025, 5, 31);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 10);
    /** Ice cream per month in the south, January to December. */
    private static final double[] ICE_CREAM = { 30, 30, 40, 60, 90, 400, 500, 420, 120, 50, 30, 30 };
    private static final double[] CHOCOLATE = { 40, 45, 50, 60, 40, 30, 25, 25, 40, 60, 90, 260 };

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);
    private final PatternService service = new PatternService(new ForecastService());
    private final List<SalesObservation> sales = new ArrayList<>();
    private final Random noise = new Random(7);
    private PatternReport report;

    @BeforeEach
    void analyseTheStore() {
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            int month = day.getMonthValue() - 1;
            double days = day.lengthOfMonth();
            sell(day, "GLACE-V", "Sud", ICE_CREAM[month] / days);
            sell(day, "CHOCO-N", "Sud", CHOCOLATE[month] / days);
            sell(day, "CHOCO-N", "Nord", CHOCOLATE[month] / days / 2);
            sell(day, "SEL-G", "Sud", 150 / days * (0.9 + 0.2 * noise.nextDouble()));
            sell(day, "SEL-G", "Nord", 300 / days * (0.9 + 0.2 * noise.nextDouble()));
            if (!day.isBefore(LocalDate.of(2025, 1, 1))) {
                sell(day, "LANCE-P", "Nord", 5);
            }
        }
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(new Dataset(List.of(
                    new Sku("GLACE-V", "Glace vanille", "glaces", Sector.RETAIL, "pot", 365, new BigDecimal("2"),
                            new BigDecimal("4")),
                    new Sku("CHOCO-N", "Chocolat noir", "confiserie", Sector.RETAIL, "tablette", 365, null, null),
                    new Sku("SEL-G", "Sel de Guérande", "épicerie", Sector.AGRICULTURE, "kg", null, null, null),
                    new Sku("LANCE-P", "Nouveauté", "épicerie", Sector.AGRICULTURE, "kg", null, null, null)),
                    List.of(new Site("VAL", "Coopérative du Val", null)), List.of(), List.of(), sales, List.of()))
                    .orElseThrow();
            report = service.analyse(store, new PatternPlan(Frequency.MONTHLY, PARIS, 2, 3, "ets"), 2,
                    new NullProgressMonitor()).orElseThrow();
        }
    }

    @Test
    void findsEachProductsSeasonAndPeaks() {
        SeasonalPattern iceCream = pattern(PatternLevel.PRODUCT, "GLACE-V");
        assertEquals(29, iceCream.periods(), "the ten days of June are not a month");
        assertEquals(List.of("July", "August", "June"), iceCream.peaks());
        assertTrue(iceCream.index("July") > 3, iceCream.index("July") + "");
        assertTrue(iceCream.index("January") < 0.5, iceCream.index("January") + "");
        assertTrue(iceCream.seasonalStrength() > 0.9, iceCream.seasonalStrength() + "");
        assertEquals(List.of("December"), pattern(PatternLevel.PRODUCT, "CHOCO-N").peaks());

        SeasonalPattern salt = pattern(PatternLevel.PRODUCT, "SEL-G");
        // on 29 months even noise fills half the variance a season could explain; the planner's cue is the lift
        assertEquals(List.of(), salt.peaks(), "salt sells the same all year");
        for (double index : salt.indices()) {
            assertTrue(Math.abs(index - 1) < 0.1, "salt's months are alike: " + index);
        }
        assertTrue(report.pattern(PatternLevel.PRODUCT, "LANCE-P").isEmpty(), "five months are not two years");
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("1 of 4 products have too little")),
                report.notes().toString());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("after 2025-05-31 are left out")),
                report.notes().toString());
    }

    @Test
    void addsProductsUpIntoCategoriesAndSectors() {
        assertEquals(List.of("July", "August", "June"), pattern(PatternLevel.CATEGORY, "glaces").peaks());
        SeasonalPattern retail = pattern(PatternLevel.SECTOR, "retail");
        assertEquals("July", retail.peaks().getFirst(), "ice cream outsells chocolate's December");
        assertTrue(retail.index("December") > 1.2, "chocolate's December shows in the sector: "
                + retail.index("December"));
        assertEquals(List.of(), pattern(PatternLevel.CATEGORY, "épicerie").peaks());
    }

    @Test
    void summarisesEachSectorsSales() {
        SectorSummary retail = report.sectors().stream().filter(s -> s.sector() == Sector.RETAIL).findFirst()
                .orElseThrow();
        double written = sold(List.of("GLACE-V", "CHOCO-N"));
        assertEquals(2, retail.products());
        assertEquals(2, retail.productsSold());
        assertEquals(written, retail.quantity(), 1e-6 * written);
        assertEquals(written, retail.amount(), 1e-6 * written, "each line's amount is its quantity here");
        assertEquals(written / 29, retail.averagePerPeriod(), 1e-6 * written);
        assertEquals(0, retail.stockOnHand(), "nothing was counted");
        assertEquals(LocalDateTime.of(2023, 1, 1, 0, 0), report.firstPeriod());
        assertEquals(LocalDateTime.of(2025, 5, 1, 0, 0), report.lastPeriod());
    }

    @Test
    void ranksTheProductsExpectedToSellMostInEachZone() {
        List<PopularProduct> south = report.popularIn("Sud");
        assertEquals(6, south.size(), "three products for each of two months");
        PopularProduct june = south.getFirst();
        assertEquals(LocalDateTime.of(2025, 6, 1, 0, 0), june.period());
        assertEquals(1, june.rank());
        // salt outsold ice cream in May (150 against 90); June is ice cream's season
        assertEquals("GLACE-V", june.skuCode(), south.toString());
        assertEquals("Glace vanille", june.name());
        assertTrue(june.expected() > 250 && june.expected() < 550, june.toString());
        assertTrue(june.lo80() <= june.expected() && june.expected() <= june.hi80(), june.toString());
        double shares = south.stream().filter(p -> p.period().equals(june.period()))
                .mapToDouble(PopularProduct::share).sum();
        assertEquals(1, shares, 1e-9, "the zone's three products share all of its expected sales");
        assertEquals("SEL-G", report.popularIn("Nord").getFirst().skuCode());
        assertFalse(report.popularIn("Nord").stream().anyMatch(p -> p.skuCode().equals("GLACE-V")),
                "no ice cream was sold in the north");
    }

    private SeasonalPattern pattern(PatternLevel level, String group) {
        return report.pattern(level, group).orElseThrow(() -> new AssertionError("no pattern for " + group + ": "
                + report.notes()));
    }

    private void sell(LocalDate day, String sku, String zone, double quantity) {
        BigDecimal amount = BigDecimal.valueOf(quantity).setScale(4, java.math.RoundingMode.HALF_UP);
        sales.add(new SalesObservation(day.atTime(11, 0).atZone(PARIS).toInstant(), sku, "VAL", amount, amount,
                "client", zone));
    }

    private double sold(List<String> skus) {
        return sales.stream().filter(s -> skus.contains(s.skuCode()))
                .filter(s -> !s.at().atZone(PARIS).toLocalDate().isAfter(END_OF_MAY))
                .mapToDouble(s -> s.quantity().doubleValue()).sum();
    }
}
