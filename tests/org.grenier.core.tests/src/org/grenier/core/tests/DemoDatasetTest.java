package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Dataset;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {

    @Test
    void isTheSameEveryTime() {
        assertEquals(DemoDataset.create(), DemoDataset.create());
    }

    @Test
    void everyLineRefersToAKnownProductSiteAndStorageUnit() {
        Dataset demo = DemoDataset.create();
        Set<String> skus = demo.skus().stream().map(Sku::code).collect(Collectors.toSet());
        Set<String> sites = demo.sites().stream().map(Site::code).collect(Collectors.toSet());
        Set<String> units = demo.storageUnits().stream().map(StorageUnit::code).collect(Collectors.toSet());
        assertTrue(demo.sales().stream().allMatch(s -> skus.contains(s.skuCode()) && sites.contains(s.siteCode())));
        assertTrue(demo.movements().stream()
                .allMatch(m -> skus.contains(m.skuCode()) && units.contains(m.storageUnitCode())));
        assertTrue(demo.storageUnits().stream().allMatch(u -> sites.contains(u.siteCode())));
        assertTrue(demo.readings().stream().allMatch(r -> units.contains(r.storageUnitCode())));
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
}
