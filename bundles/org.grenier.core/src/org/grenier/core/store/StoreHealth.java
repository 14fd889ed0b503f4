package org.grenier.core.store;

import java.time.ZoneId;
import java.util.List;

import org.grenier.core.Result;

/** The store's data health: how fresh each source is, what an integrity check finds, and the repairs it offers. */
public interface StoreHealth {

    /** Every source with data, the imports by profile first, then sales, stock, sensors, weather and production. */
    Result<List<SourceHealth>> sources();

    /** Reads the whole store for orphans, gaps and duplicates; days are cut in {@code zone}. Changes nothing. */
    Result<List<IntegrityFinding>> check(ZoneId zone);

    /**
     * Points the rows of a relinkable finding at a code the store knows (an ERP that renamed a product, a sensor
     * profile that named its silo differently), in one transaction; how many rows moved.
     */
    Result<Long> relink(IntegrityFinding finding, String knownCode);

    /** Deletes the later copies of each sale stored more than once, keeping the first; how many lines went. */
    Result<Long> removeDuplicateSales();
}
