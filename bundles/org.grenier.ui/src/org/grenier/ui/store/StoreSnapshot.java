package org.grenier.ui.store;

import java.util.List;

import org.grenier.core.model.Sku;
import org.grenier.core.store.StoreSummary;

/** What the workbench shows of the store, read in the background: a summary and the first products, or an error. */
public record StoreSnapshot(StoreSummary summary, List<Sku> skus, String error) {

    public static final int PRODUCT_LIMIT = 500;

    public StoreSnapshot {
        skus = List.copyOf(skus);
    }

    public static StoreSnapshot failed(String error) {
        return new StoreSnapshot(null, List.of(), error);
    }

    public boolean isFailed() {
        return error != null;
    }
}
