package org.grenier.imports.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.grenier.core.imports.CodeBook;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Store;

/** The store's codes read once for a preview; codes a preview would create are only remembered, never written. */
final class StoreCodes implements CodeBook {

    private final Set<String> skus = new HashSet<>();
    private final Set<String> sites = new HashSet<>();
    private final Set<String> storageUnits = new HashSet<>();

    static StoreCodes read(Store store) {
        StoreCodes codes = new StoreCodes();
        store.skus(Integer.MAX_VALUE).asOptional().orElse(List.of()).forEach(sku -> codes.skus.add(sku.code()));
        store.sites().asOptional().orElse(List.of()).forEach(site -> codes.sites.add(site.code()));
        store.storageUnits().asOptional().orElse(List.of()).stream().map(StorageUnit::code)
                .forEach(codes.storageUnits::add);
        return codes;
    }

    @Override
    public boolean hasSku(String code) {
        return skus.contains(code);
    }

    @Override
    public boolean hasSite(String code) {
        return sites.contains(code);
    }

    @Override
    public boolean hasStorageUnit(String code) {
        return storageUnits.contains(code);
    }

    @Override
    public void createSku(Sku sku) {
        skus.add(sku.code());
    }

    @Override
    public void createSite(Site site) {
        sites.add(site.code());
    }
}
