package org.grenier.core.store;

import java.util.List;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.forecast.ForecastRun;

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
}
