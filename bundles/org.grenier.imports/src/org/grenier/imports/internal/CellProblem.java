package org.grenier.imports.internal;

import java.util.Arrays;
import java.util.List;

import org.grenier.core.imports.Rejection;

/**
 * A cell its field cannot take, told in English and as facts. No stack trace: bad cells are routine, and a file of
 * bad dates would otherwise pay for one per row.
 */
final class CellProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Rejection.Problem problem;
    private final List<String> facts;

    CellProblem(Rejection.Problem problem, String english, Object... facts) {
        super(english);
        this.problem = problem;
        this.facts = Arrays.stream(facts).map(String::valueOf).toList();
    }

    Rejection.Problem problem() {
        return problem;
    }

    List<String> facts() {
        return facts;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
