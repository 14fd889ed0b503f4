package org.grenier.ui.parts;

import java.time.ZoneId;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.IntegrityFinding;
import org.grenier.core.store.Store;

/** What one integrity check found, with the codes the store knows, offered when re-linking. */
record HealthCheck(List<IntegrityFinding> findings, Known known) {

    /** The store's products, sites and storage units, by code. */
    record Known(List<String> products, List<String> sites, List<String> units) {

        static final Known NONE = new Known(List.of(), List.of(), List.of());

        List<String> codesFor(IntegrityFinding.Kind kind) {
            return switch (kind) {
                case UNKNOWN_PRODUCT -> products;
                case UNKNOWN_SITE -> sites;
                default -> units;
            };
        }
    }

    /** Products beyond this many are not offered in the list; a catalogue that large is re-linked by import. */
    private static final int PRODUCTS_OFFERED = 5000;

    static Result<HealthCheck> run(Store store, ZoneId zone) {
        Result<List<IntegrityFinding>> found = store.health().check(zone);
        Result<List<Sku>> products = store.skus(PRODUCTS_OFFERED);
        Result<List<Site>> sites = store.sites();
        Result<List<StorageUnit>> units = store.storageUnits();
        for (Result<?> read : List.of(found, products, sites, units)) {
            if (read.failed()) {
                return Result.error(read.message());
            }
        }
        return Result.ok(new HealthCheck(found.value(), new Known(products.value().stream().map(Sku::code).toList(),
                sites.value().stream().map(Site::code).toList(), units.value().stream().map(StorageUnit::code)
                        .toList())));
    }
}
