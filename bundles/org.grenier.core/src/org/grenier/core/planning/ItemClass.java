package org.grenier.core.planning;

/**
 * A product's ABC class (A: the products making the first 80 % of the yearly value of demand, B: the next 15 %, C: the
 * rest) and XYZ class (how predictable weekly demand is: X when its coefficient of variation is at most 0.5, Y up to
 * 1, Z above), with the service level planned for that pair.
 */
public record ItemClass(String sku, char abc, char xyz, double annualValue, double weeklyVariation,
        double serviceTarget) {

    public String label() {
        return "" + abc + xyz;
    }
}
