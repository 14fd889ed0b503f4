package org.grenier.core.quality;

/** A product's stock in a storage unit at its last count, and what it is worth at unit cost. */
public record StoredLot(String sku, double quantity, double value) {
}
