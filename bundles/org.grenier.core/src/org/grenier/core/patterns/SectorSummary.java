package org.grenier.core.patterns;

import java.util.Objects;

import org.grenier.core.model.Sector;

/**
 * A sector's sales and stock at a glance. Quantities are summed in the products' own units; the amounts are money.
 *
 * @param averagePerPeriod sales quantity per period over the periods analysed
 * @param coverPeriods     how many periods of average sales the stock on hand would last (infinite when none sell)
 */
public record SectorSummary(Sector sector, int products, int productsSold, double quantity, double amount,
        double averagePerPeriod, double averagePerProduct, double stockOnHand, double stockValue,
        double coverPeriods) {

    public SectorSummary {
        Objects.requireNonNull(sector, "sector");
    }
}
