package org.grenier.core.store;

import java.util.List;

import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.SensorReading;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.StorageUnit;

/** A set of records written to the store together, all or nothing. */
public record Dataset(List<Sku> skus, List<Site> sites, List<StorageUnit> storageUnits,
        List<StockMovement> movements, List<SalesObservation> sales, List<SensorReading> readings) {

    public Dataset {
        skus = List.copyOf(skus);
        sites = List.copyOf(sites);
        storageUnits = List.copyOf(storageUnits);
        movements = List.copyOf(movements);
        sales = List.copyOf(sales);
        readings = List.copyOf(readings);
    }

    public int size() {
        return skus.size() + sites.size() + storageUnits.size() + movements.size() + sales.size() + readings.size();
    }
}
