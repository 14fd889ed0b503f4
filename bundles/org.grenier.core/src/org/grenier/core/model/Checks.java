package org.grenier.core.model;

import java.math.BigDecimal;

/** Argument checks shared by the domain records, with messages that name the field. */
final class Checks {

    private Checks() {
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    static void code(String value, String field) {
        text(value, field);
        if (value.length() > 64 || !value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " must be at most 64 characters with no surrounding spaces: '"
                    + value + "'");
        }
    }

    static void notNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(field + " cannot be negative, was " + value.toPlainString());
        }
    }

    static void finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
    }
}
