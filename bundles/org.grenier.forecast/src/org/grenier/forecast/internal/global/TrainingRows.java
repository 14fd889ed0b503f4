package org.grenier.forecast.internal.global;

import java.util.List;

import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;

/**
 * What a global learner trains from for one group of series: their feature layout, the row budget the working
 * memory allows, the series that learn, their training rows (all but the last horizon) and the held-out rows of that
 * last horizon, which choose when to stop and calibrate the intervals.
 */
record TrainingRows(FeatureLayout layout, RowBudget budget, List<DemandSeries> learners, Rows training,
        Rows heldOut) {

    /** Fewer training rows than this make a model of noise. */
    static final int MIN_ROWS = 20;

    /** The group's rows, or why there are too few to learn from. */
    static Result<TrainingRows> of(String method, List<DemandSeries> group, int horizon, ComputeLimits limits) {
        FeatureLayout layout = new FeatureLayout(group.get(0).frequency(),
                group.get(0).calendar().regressors().names());
        RowBudget budget = RowBudget.of(group.size(), horizon, layout.width(), limits);
        List<DemandSeries> learners = budget.learners(group);
        Rows training = Rows.training(layout, learners, horizon, horizon, budget.latest());
        if (training.size() < MIN_ROWS) {
            return Result.error("too little history for " + method + ": " + training.size()
                    + " training rows across " + learners.size() + " series, at least " + MIN_ROWS + " needed");
        }
        Rows heldOut = Rows.heldOut(layout, learners, horizon, horizon,
                budget.heldOutTargets(learners.size(), horizon));
        return Result.ok(new TrainingRows(layout, budget, learners, training, heldOut));
    }

    /** Every row up to the end of the histories, for the final fit. */
    Rows everything(int horizon) {
        return Rows.training(layout, learners, horizon, 0, budget.latest());
    }
}
