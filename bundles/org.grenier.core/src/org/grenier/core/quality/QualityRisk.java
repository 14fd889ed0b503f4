package org.grenier.core.quality;

import java.time.Instant;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Judges the storage risk of every storage unit from its sensor history and the imported weather forecasts: grain
 * storage life, mould and condensation, cold-chain excursions, aeration advice. Provided as an OSGi service.
 */
public interface QualityRisk {

    /** The risk of every storage unit of the store as of {@code now}, riskiest first. */
    Result<List<StorageRisk>> assess(Store store, Instant now);

    /**
     * Raises an alert for each unit at high risk that has no open (unacknowledged) risk alert yet; returns how many
     * were raised.
     */
    Result<Integer> raiseAlerts(Store store, List<StorageRisk> risks, Instant now);

    /** Days a crop keeps at a grain temperature (°C) and moisture (% wet basis), from its published model. */
    double allowableStorageDays(Crop crop, double temperature, double moisture);
}
