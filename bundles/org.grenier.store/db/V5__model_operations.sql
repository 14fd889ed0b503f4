-- Version 5: model operations. What each training run cost (time and memory; NULL for runs trained before), and
-- every drift check of a run, so a model's accuracy can be followed over time.
ALTER TABLE forecast_run ADD COLUMN training_millis BIGINT;
ALTER TABLE forecast_run ADD COLUMN fit_millis BIGINT;
ALTER TABLE forecast_run ADD COLUMN allocated_bytes BIGINT;
CREATE TABLE forecast_check (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id        BIGINT NOT NULL REFERENCES forecast_run (id),
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    periods       INT NOT NULL CHECK (periods >= 0),
    live_mase     DOUBLE PRECISION,
    backtest_mase DOUBLE PRECISION,
    psi           DOUBLE PRECISION,
    degraded      BOOLEAN NOT NULL
);
CREATE INDEX forecast_check_run ON forecast_check (run_id, checked_at);
