package org.grenier.core.planning;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.grenier.core.model.Sku;

/**
 * One change of a scenario: its kind, what it applies to, its number (see {@link ChangeKind#valueKey()}), and the
 * days it holds, both inclusive (null: the whole horizon).
 *
 * <p>The scope is {@code *} (everything), a storage unit code for changes on storage units, or for products
 * {@code sku:CODE}, {@code category:NAME} or {@code sector:NAME} (names compared without regard to case).
 */
public record ScenarioChange(ChangeKind kind, String scope, double value, LocalDate from, LocalDate to) {

    public static final String EVERYTHING = "*";

    public ScenarioChange {
        Objects.requireNonNull(kind, "kind of change");
        scope = scope == null || scope.isBlank() ? EVERYTHING : scope.trim();
        if (!Double.isFinite(value) || kind.multiplies() && value <= 0 || kind == ChangeKind.BUDGET && value <= 0) {
            throw new IllegalArgumentException("'" + kind.valueKey() + "' of a " + kind.key() + " change must be "
                    + (kind.multiplies() || kind == ChangeKind.BUDGET ? "a positive number" : "a number")
                    + ", was " + value);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a " + kind.key() + " change ends (" + to + ") before it starts ("
                    + from + ")");
        }
        if ((from != null || to != null) && !kind.dated()) {
            throw new IllegalArgumentException("a " + kind.key() + " change holds over the whole horizon; dates "
                    + "apply to demand, production and temperature changes");
        }
        if (!kind.onStorageUnits() && kind != ChangeKind.BUDGET && !scope.equals(EVERYTHING)
                && !scope.matches("(?i)(sku|category|sector):.+")) {
            throw new IllegalArgumentException("the scope of a " + kind.key() + " change is *, sku:CODE, "
                    + "category:NAME or sector:NAME, not '" + scope + "'");
        }
    }

    /** Whether this change applies to a product. */
    public boolean covers(Sku sku) {
        if (scope.equals(EVERYTHING)) {
            return true;
        }
        int colon = scope.indexOf(':');
        String what = scope.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = scope.substring(colon + 1).trim();
        return switch (what) {
            case "sku" -> sku.code().equals(name);
            case "category" -> sku.category() != null && sku.category().equalsIgnoreCase(name);
            case "sector" -> sku.sector() != null && sku.sector().name().equalsIgnoreCase(name);
            default -> false;
        };
    }

    /** Whether this change applies to a storage unit. */
    public boolean coversUnit(String storageUnit) {
        return scope.equals(EVERYTHING) || scope.equals(storageUnit);
    }

    /** Whether this change holds on a day. */
    public boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
