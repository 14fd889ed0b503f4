-- Version 4: the model registry. Every forecast training run of a series, with the history it saw, the parameters
-- fitted, the backtest score of each candidate and the forecast made; one run per series is active.
CREATE TABLE forecast_run (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series       VARCHAR(200) NOT NULL,
    version      INT NOT NULL CHECK (version > 0),
    trained_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    asked        VARCHAR(40) NOT NULL,
    chosen       VARCHAR(40) NOT NULL,
    model        VARCHAR(400) NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    frequency    VARCHAR(20) NOT NULL,
    first_period TIMESTAMP NOT NULL,
    last_period  TIMESTAMP NOT NULL,
    observations INT NOT NULL CHECK (observations > 0),
    naive_error  DOUBLE PRECISION NOT NULL,
    bin_edges    DOUBLE PRECISION ARRAY NOT NULL,
    bin_shares   DOUBLE PRECISION ARRAY NOT NULL,
    active       BOOLEAN NOT NULL,
    CONSTRAINT forecast_run_version UNIQUE (series, version)
);
CREATE INDEX forecast_run_series ON forecast_run (series, active);
CREATE TABLE forecast_parameter (
    run_id          BIGINT NOT NULL REFERENCES forecast_run (id),
    name            VARCHAR(400) NOT NULL,
    parameter_value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, name)
);
CREATE TABLE forecast_score (
    run_id     BIGINT NOT NULL REFERENCES forecast_run (id),
    method     VARCHAR(40) NOT NULL,
    forecasts  INT NOT NULL,
    mase       DOUBLE PRECISION NOT NULL,
    smape      DOUBLE PRECISION NOT NULL,
    rmse       DOUBLE PRECISION NOT NULL,
    bias       DOUBLE PRECISION NOT NULL,
    coverage80 DOUBLE PRECISION NOT NULL,
    coverage95 DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, method)
);
CREATE TABLE forecast_point (
    run_id       BIGINT NOT NULL REFERENCES forecast_run (id),
    step         INT NOT NULL CHECK (step > 0),
    period_start TIMESTAMP NOT NULL,
    forecast     DOUBLE PRECISION NOT NULL,
    lo80         DOUBLE PRECISION NOT NULL,
    hi80         DOUBLE PRECISION NOT NULL,
    lo95         DOUBLE PRECISION NOT NULL,
    hi95         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, step)
);
