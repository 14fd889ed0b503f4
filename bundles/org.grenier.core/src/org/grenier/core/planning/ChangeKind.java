package org.grenier.core.planning;

import java.util.Locale;
import java.util.Optional;

/**
 * What a scenario can change against the baseline, and the JSON key of the number that says by how much: a factor
 * multiplies (1.2 = 20 % more), days and degrees are added, an amount replaces.
 */
public enum ChangeKind {
    /** Demand of the products in scope, multiplied; with dates, a promotion or a slump. */
    DEMAND("factor"),
    /** The suppliers' lead time of the products in scope, in days added (negative: faster). */
    LEAD_TIME("days"),
    /** The capacity of the storage units in scope, multiplied. */
    CAPACITY("factor"),
    /** The unit cost of the products in scope, multiplied. */
    UNIT_COST("factor"),
    /** The selling price of the products in scope, multiplied. */
    PRICE("factor"),
    /** Planned production (harvests) of the products in scope, multiplied; with dates, only then. */
    PRODUCTION("factor"),
    /** Stored grain temperature in the units in scope, in degrees added: a heat wave, between its dates. */
    TEMPERATURE("shift"),
    /** The stock budget (most the stock may be worth on average), replaced. */
    BUDGET("amount");

    private final String valueKey;

    ChangeKind(String valueKey) {
        this.valueKey = valueKey;
    }

    /** The JSON key of this change's number. */
    public String valueKey() {
        return valueKey;
    }

    /** The JSON name: lower case with underscores, e.g. {@code lead_time}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChangeKind> ofKey(String key) {
        for (ChangeKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether the change's number multiplies (and so must be positive). */
    public boolean multiplies() {
        return "factor".equals(valueKey);
    }

    /** Whether the change can hold between dates rather than over the whole horizon. */
    public boolean dated() {
        return this == DEMAND || this == PRODUCTION || this == TEMPERATURE;
    }

    /** Whether the change applies to storage units rather than products. */
    public boolean onStorageUnits() {
        return this == CAPACITY || this == TEMPERATURE;
    }
}
