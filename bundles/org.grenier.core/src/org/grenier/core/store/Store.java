package org.grenier.core.store;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.model.DailySales;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockOnHand;
import org.grenier.core.model.StorageUnit;

/** An open Grenier store: the planner's data in one local database. Close it when done. */
public interface Store extends AutoCloseable {

    Path folder();

    int schemaVersion();

    /** True when this store was created by the call that opened it. */
    boolean isNew();

    Result<StoreSummary> summary();

    /** Writes every record of the dataset in one transaction: afterwards all of it is stored, or none. */
    Result<Integer> add(Dataset dataset);

    Result<List<Sku>> skus(int limit);

    Result<List<Site>> sites();

    Result<List<StorageUnit>> storageUnits();

    /** The codes of the products that have sales lines, in order. */
    Result<List<String>> skusSold();

    /** The sales lines of one product, oldest first. */
    Result<List<SalesObservation>> sales(String skuCode);

    /**
     * Every product's sales summed per day (days cut in {@code zone}) and delivery zone, oldest first: the whole sales
     * history at the grain pattern analyses need, without loading every line.
     */
    Result<List<DailySales>> dailySales(ZoneId zone);

    /** Each counted product's stock: its latest count in each storage unit, summed; by product code. */
    Result<List<StockOnHand>> stockOnHand();

    /** Imports into this store: sessions, batches, undo, saved profiles. */
    ImportLedger imports();

    /** Forecast training runs of every series: the model registry. */
    ForecastRegistry forecasts();

    /** Sensor readings, gaps, alerts and device profiles in this store. */
    SensorLog sensors();

    /** Stock by storage unit, weather, production plans, supply terms and scenarios. */
    PlanningRecords planning();

    /** Each source's freshness, the integrity check and its repairs. */
    StoreHealth health();

    /**
     * Writes a consistent copy of the whole store to a compressed SQL script while it stays open for reading and
     * writing; {@link StoreOpener#restore} brings it back.
     */
    Result<Path> backup(Path file);

    @Override
    void close();
}
