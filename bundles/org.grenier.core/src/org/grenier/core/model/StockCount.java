package org.grenier.core.model;

import java.time.Instant;

/** The latest count of one product in one storage unit. */
public record StockCount(String skuCode, String storageUnitCode, double quantity, Instant countedAt) {
}
