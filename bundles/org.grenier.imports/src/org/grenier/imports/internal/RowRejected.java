package org.grenier.imports.internal;

import java.util.Arrays;
import java.util.List;

import org.grenier.core.imports.Rejection;

/** Why a row cannot be imported, and which column; thrown without a stack trace since bad rows are routine. */
final class RowRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;
    private final Rejection.Problem problem;
    private final List<String> facts;

    RowRejected(String column, String value, String reason, Rejection.Problem problem, List<String> facts) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
        this.problem = problem;
        this.facts = facts;
    }

    RowRejected(String column, String value, String reason, Rejection.Problem problem, Object... facts) {
        this(column, value, reason, problem, Arrays.stream(facts).map(String::valueOf).toList());
    }

    /** The row's rejection, in this file at this line. */
    Rejection at(String file, long line) {
        return new Rejection(file, line, column, value, getMessage(), problem, facts);
    }

    String column() {
        return column;
    }

    String value() {
        return value;
    }
}
