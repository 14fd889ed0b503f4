package org.grenier.core.store;

import java.util.List;

import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.SensorReading;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.planning.SupplyTerms;

/**
 * A set of records written to the store together, all or nothing: the catalogue, the ledger, sales and readings,
 * and what a plan starts from, stock counts and the terms each product is bought on.
 */
public record Dataset(List<Sku> skus, List<Site> sites, List<StorageUnit> storageUnits,
        List<StockMovement> movements, List<SalesObservation> sales, List<SensorReading> readings,
        List<StockCount> stockCounts, List<SupplyTerms> supplyTerms) {

    public Dataset {
        skus = List.copyOf(skus);
        sites = List.copyOf(sites);
        storageUnits = List.copyOf(storageUnits);
        movements = List.copyOf(movements);
        sales = List.copyOf(sales);
        readings = List.copyOf(readings);
        stockCounts = List.copyOf(stockCounts);
        supplyTerms = List.copyOf(supplyTerms);
    }

    /** Records with no stock counts and no supply terms: history alone. */
    public Dataset(List<Sku> skus, List<Site> sites, List<StorageUnit> storageUnits, List<StockMovement> movements,
            List<SalesObservation> sales, List<SensorReading> readings) {
        this(skus, sites, storageUnits, movements, sales, readings, List.of(), List.of());
    }

    public int size() {
        return skus.size() + sites.size() + storageUnits.size() + movements.size() + sales.size() + readings.size()
                + stockCounts.size() + supplyTerms.size();
    }
}
