package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.store.Dataset;
import org.grenier.core.model.Measure;
import org.grenier.core.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDatasetTest {

    @Test
    void isTheSameEveryTime() {
        assertEquals(DemoDataset.create(), DemoDataset.create());
        assertEquals(DemoDataset.workspace(), DemoDataset.workspace());
    }

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void everyLineRefersToAKnownProductSiteAndStorageUnit(boolean workspace) {
        Dataset demo = workspace ? DemoDataset.workspace() : DemoDataset.create();
        Set<String> skus = demo.skus().stream().map(Sku::code).collect(Collectors.toSet());
        Set<String> sites = demo.sites().stream().map(Site::code).collect(Collectors.toSet());
        Set<String> units = demo.storageUnits().stream().map(StorageUnit::code).collect(Collectors.toSet());
        assertTrue(demo.sales().stream().allMatch(s -> skus.contains(s.skuCode()) && sites.contains(s.siteCode())));
        assertTrue(demo.movements().stream()
                .allMatch(m -> skus.contains(m.skuCode()) && units.contains(m.storageUnitCode())));
        assertTrue(demo.storageUnits().stream().allMatch(u -> sites.contains(u.siteCode())));
        assertTrue(demo.readings().stream().allMatch(r -> units.contains(r.storageUnitCode())));
        assertTrue(demo.stockCounts().stream()
                .allMatch(c -> skus.contains(c.skuCode()) && units.contains(c.storageUnitCode())));
        assertTrue(demo.supplyTerms().stream().allMatch(t -> skus.contains(t.sku()) && units.contains(t.storageUnit())));
    }

    @Test
    void theWorkspaceCountsEveryProductWhereItIsReceivedAndBuysItOnTermsOfItsOwn() {
        Dataset demo = DemoDataset.workspace();
        Set<String> skus = demo.skus().stream().map(Sku::code).collect(Collectors.toSet());
        assertEquals(skus, demo.stockCounts().stream().map(StockCount::skuCode).collect(Collectors.toSet()));
        assertEquals(skus.size(), demo.stockCounts().size(), "one count per product");
        assertEquals(skus, demo.supplyTerms().stream().map(SupplyTerms::sku).collect(Collectors.toSet()));
        Instant lastSale = demo.sales().stream().map(SalesObservation::at).max(Instant::compareTo).orElseThrow();
        for (StockCount count : demo.stockCounts()) {
            assertTrue(count.quantity() > 0, count.toString());
            assertTrue(count.countedAt().isAfter(lastSale), "counted after the last sale: " + count);
            assertTrue(demo.movements().stream().anyMatch(m -> m.skuCode().equals(count.skuCode())
                    && m.storageUnitCode().equals(count.storageUnitCode())), "counted where it is received: " + count);
        }
        assertTrue(DemoDataset.create().stockCounts().isEmpty(), "the cooperative alone stays history only");
    }

    @Test
    void holdsAYearOfSalesForEveryProduct() {
        Dataset demo = DemoDataset.create();
        assertEquals(8, demo.skus().size());
        assertTrue(demo.sales().size() > 8 * 300, "sales lines: " + demo.sales().size());
        for (Sku sku : demo.skus()) {
            long days = demo.sales().stream().filter(s -> s.skuCode().equals(sku.code())).count();
            assertTrue(days > 250, sku.code() + " sold on " + days + " days");
        }
    }

    @Test
    void theWorkspaceAddsAPharmacyWithoutChangingTheCooperative() {
        Dataset farm = DemoDataset.create();
        Dataset all = DemoDataset.workspace();
        assertTrue(all.sales().containsAll(farm.sales()), "the cooperative's sales as they were");
        assertEquals(Set.of("VAL", "MOULIN", "PHARMA"), all.sites().stream().map(Site::code)
                .collect(Collectors.toSet()));
        assertEquals(Set.of(Sector.AGRICULTURE, Sector.PHARMACY, Sector.RETAIL), all.skus().stream()
                .map(Sku::sector).collect(Collectors.toSet()));
        assertTrue(all.sales().stream().filter(s -> s.siteCode().equals("PHARMA")).count() > 4 * 250);
    }

    @Test
    void fluVaccinesSellInTheAutumnAndTheFridgeStaysBetweenTwoAndEightDegrees() {
        Dataset all = DemoDataset.workspace();
        double october = sold(all, "VACC-GRIP", 10);
        double april = sold(all, "VACC-GRIP", 4);
        assertTrue(october > 4 * april, "October " + october + ", April " + april);
        var fridge = all.readings().stream().filter(r -> r.storageUnitCode().equals("PHARMA-F1")).toList();
        assertEquals(14 * 48, fridge.size());
        assertTrue(fridge.stream().allMatch(r -> r.measure() == Measure.TEMPERATURE && r.value() > 2 && r.value() < 8),
                "a vaccine fridge out of 2-8 degrees would make the demo raise alerts nobody can act on");
    }

    @Test
    void theDemoReadingsKeepWithinTheDemoLimits() {
        Dataset all = DemoDataset.workspace();
        for (var limit : DemoDataset.limits()) {
            var readings = all.readings().stream().filter(r -> r.storageUnitCode().equals(limit.storageUnitCode())
                    && r.measure() == limit.measure()).toList();
            assertFalse(readings.isEmpty(), "the limit of " + limit.storageUnitCode() + " watches readings");
            assertTrue(readings.stream().allMatch(r -> limit.low().orElse(Double.NEGATIVE_INFINITY) < r.value()
                    && r.value() < limit.high().orElse(Double.POSITIVE_INFINITY)), limit.toString());
        }
    }

    private static double sold(Dataset data, String sku, int month) {
        return data.sales().stream().filter(s -> s.skuCode().equals(sku)
                && s.at().atZone(java.time.ZoneOffset.UTC).getMonthValue() == month)
                .mapToDouble(s -> s.quantity().doubleValue()).sum();
    }
}
