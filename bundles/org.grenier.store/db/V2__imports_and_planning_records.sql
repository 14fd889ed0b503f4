-- Version 2: import batches and profiles, the records imports bring (stock levels, production plans, weather),
-- sensors, and on every imported table the batch, source line, content key and unmapped columns of each row.
CREATE TABLE import_batch (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name     VARCHAR(1000) NOT NULL,
    file_sha256   CHAR(64) NOT NULL,
    file_bytes    BIGINT NOT NULL,
    profile_name  VARCHAR(200) NOT NULL,
    target        VARCHAR(30) NOT NULL,
    file_format   VARCHAR(300),
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted      BIGINT NOT NULL DEFAULT 0,
    rejected      BIGINT NOT NULL DEFAULT 0,
    already_stored BIGINT NOT NULL DEFAULT 0,
    created_codes BIGINT NOT NULL DEFAULT 0,
    rejected_file VARCHAR(1000),
    undone_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_batch_sha ON import_batch (file_sha256);
CREATE TABLE import_profile (
    name       VARCHAR(200) PRIMARY KEY,
    target     VARCHAR(30) NOT NULL,
    definition CHARACTER LARGE OBJECT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE site ADD COLUMN batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE sku ADD COLUMN batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE sku ADD COLUMN row_key BIGINT;
ALTER TABLE sku ADD COLUMN source_line BIGINT;
ALTER TABLE sku ADD COLUMN extras CHARACTER LARGE OBJECT;
-- Sales lines are rebuilt for bulk imports. H2 inserts rows in key order far faster than at random, so the table
-- has no index but its primary key, line_key: the day of the sale in the high bits and 47 bits of the line's
-- content key below (see H2ImportSession.lineKey). An export sorted by date fills it almost in order, and a line
-- imported twice collides on it. Products and sites are checked by the import (and by undo) rather than by foreign
-- keys, whose indexes would be filled at random. Lines from before this version keep negative keys.
CREATE TABLE sales_line_v2 (
    line_key      BIGINT PRIMARY KEY,
    sold_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sku_code      VARCHAR(64) NOT NULL,
    site_code     VARCHAR(64),
    quantity      DECIMAL(18, 4) NOT NULL,
    amount        DECIMAL(18, 4),
    customer      VARCHAR(200),
    delivery_zone VARCHAR(200),
    order_ref     VARCHAR(200),
    batch_id      BIGINT,
    row_key       BIGINT,
    source_line   BIGINT,
    extras        CHARACTER LARGE OBJECT
);
INSERT INTO sales_line_v2 (line_key, sold_at, sku_code, site_code, quantity, amount, customer, delivery_zone)
    SELECT -id, sold_at, sku_code, site_code, quantity, amount, customer, delivery_zone FROM sales_line;
DROP TABLE sales_line;
ALTER TABLE sales_line_v2 RENAME TO sales_line;
CREATE TABLE stock_level (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    counted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sku_code          VARCHAR(64) NOT NULL REFERENCES sku (code),
    storage_unit_code VARCHAR(64) NOT NULL REFERENCES storage_unit (code),
    quantity          DECIMAL(18, 4) NOT NULL CHECK (quantity >= 0),
    batch_id          BIGINT REFERENCES import_batch (id),
    row_key           BIGINT,
    source_line       BIGINT,
    extras            CHARACTER LARGE OBJECT,
    CONSTRAINT stock_level_key UNIQUE (sku_code, storage_unit_code, counted_at)
);
CREATE INDEX stock_level_batch ON stock_level (batch_id);
CREATE TABLE production_plan (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    planned_for TIMESTAMP WITH TIME ZONE NOT NULL,
    sku_code    VARCHAR(64) NOT NULL REFERENCES sku (code),
    site_code   VARCHAR(64) REFERENCES site (code),
    quantity    DECIMAL(18, 4) NOT NULL CHECK (quantity >= 0),
    status      VARCHAR(100),
    batch_id    BIGINT REFERENCES import_batch (id),
    row_key     BIGINT,
    source_line BIGINT,
    extras      CHARACTER LARGE OBJECT
);
CREATE INDEX production_plan_key ON production_plan (sku_code, planned_for);
CREATE INDEX production_plan_batch ON production_plan (batch_id);
-- Observations have no issue time; forecasts carry the time they were issued.
CREATE TABLE weather (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    observed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    station       VARCHAR(64) NOT NULL,
    temperature   DECIMAL(8, 3),
    humidity      DECIMAL(8, 3),
    precipitation DECIMAL(10, 3),
    wind_speed    DECIMAL(8, 3),
    issued_at     TIMESTAMP WITH TIME ZONE,
    batch_id      BIGINT REFERENCES import_batch (id),
    row_key       BIGINT,
    source_line   BIGINT,
    extras        CHARACTER LARGE OBJECT
);
CREATE INDEX weather_key ON weather (station, observed_at);
CREATE INDEX weather_batch ON weather (batch_id);
CREATE TABLE sensor (
    id                 VARCHAR(64) PRIMARY KEY,
    storage_unit_code  VARCHAR(64) REFERENCES storage_unit (code),
    name               VARCHAR(200) NOT NULL,
    measure            VARCHAR(30) NOT NULL,
    unit               VARCHAR(20) NOT NULL,
    calibration_offset DOUBLE PRECISION NOT NULL DEFAULT 0,
    calibration_scale  DOUBLE PRECISION NOT NULL DEFAULT 1,
    device_serial      VARCHAR(100)
);
