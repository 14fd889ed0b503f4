package org.grenier.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.model.PlannedProduction;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.WeatherPoint;
import org.grenier.core.planning.SupplyTerms;

/** What planning reads and keeps in the store: stock by unit, weather, production plans, supply terms, scenarios. */
public interface PlanningRecords {

    /** The latest count of each product in each storage unit, by product then unit. */
    Result<List<StockCount>> stockByUnit();

    /** Every stock movement, oldest first, with the unit cost of the receipts that had one: what valuation reads. */
    Result<List<StockMovement>> movements();

    /** Weather observations and forecasts from {@code from} (inclusive) to {@code to}, oldest first. */
    Result<List<WeatherPoint>> weather(Instant from, Instant to);

    /** The production plan, earliest first. */
    Result<List<PlannedProduction>> production();

    /** The supply terms saved for products, by product code. */
    Result<Map<String, SupplyTerms>> supplyTerms();

    /** Saves (replaces) the terms of each product given, in one transaction. */
    Result<Integer> saveSupplyTerms(List<SupplyTerms> terms);

    /** Saved scenarios as their JSON text, by name. */
    Result<Map<String, String>> scenarios();

    Result<Integer> saveScenario(String name, String definition);

    /** Deletes a scenario; the result is how many were deleted (0 when there was none of that name). */
    Result<Integer> deleteScenario(String name);
}
