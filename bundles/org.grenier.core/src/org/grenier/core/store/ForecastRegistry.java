package org.grenier.core.store;

import java.util.List;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.forecast.AccuracyCheck;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.RunRecord;

/**
 * The model registry: every forecast training run of every series, kept offline in the store, so that runs can be
 * compared and an older one made active again. Each series has at most one active run.
 */
public interface ForecastRegistry {

    /** Stores the run with the next version of its series and makes it the active one; returns it as recorded. */
    Result<ForecastRun> record(ForecastRun run);

    /** Every run of the series, newest first. */
    Result<List<ForecastRun>> runs(String series);

    Result<Optional<ForecastRun>> run(long id);

    Result<Optional<ForecastRun>> active(String series);

    /** Makes an older run the active one of its series again, as it was trained; returns it. */
    Result<ForecastRun> restore(long id);

    /** The series that have at least one run, by name. */
    Result<List<String>> series();

    /** Every run of every series, oldest first, without forecasts: the history model operations follow. */
    Result<List<RunRecord>> records();

    /** Keeps a drift check of a run, so that its accuracy can be followed over time. */
    Result<AccuracyCheck> recordCheck(AccuracyCheck check);

    /** Every drift check kept, oldest first. */
    Result<List<AccuracyCheck>> checks();
}
