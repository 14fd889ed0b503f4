package org.grenier.core.planning;

/** When to reorder: the stock level that covers expected lead-time demand plus safety stock. */
public record ReorderPoint(double level, double safetyStock, double serviceLevel) {
}
