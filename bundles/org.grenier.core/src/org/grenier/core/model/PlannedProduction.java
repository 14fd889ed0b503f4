package org.grenier.core.model;

import java.time.Instant;

/** A quantity of a product to be harvested or produced on a date, at a site when known (null otherwise). */
public record PlannedProduction(String skuCode, String siteCode, Instant plannedFor, double quantity,
        String status) {
}
