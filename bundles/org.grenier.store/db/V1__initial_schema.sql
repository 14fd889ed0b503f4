-- Version 1: the first records of a planner's store. Later versions add tables; a migration never edits an old one.
CREATE TABLE site (
    code        VARCHAR(64) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    region      VARCHAR(200)
);
CREATE TABLE sku (
    code            VARCHAR(64) PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    category        VARCHAR(100),
    sector          VARCHAR(20) NOT NULL,
    unit            VARCHAR(20) NOT NULL,
    shelf_life_days INT CHECK (shelf_life_days > 0),
    unit_cost       DECIMAL(18, 4) CHECK (unit_cost >= 0),
    price           DECIMAL(18, 4) CHECK (price >= 0)
);
CREATE TABLE storage_unit (
    code          VARCHAR(64) PRIMARY KEY,
    site_code     VARCHAR(64) NOT NULL REFERENCES site (code),
    name          VARCHAR(200) NOT NULL,
    type          VARCHAR(20) NOT NULL,
    capacity      DOUBLE PRECISION NOT NULL CHECK (capacity > 0),
    capacity_unit VARCHAR(20) NOT NULL
);
CREATE TABLE stock_movement (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku_code          VARCHAR(64) NOT NULL REFERENCES sku (code),
    storage_unit_code VARCHAR(64) NOT NULL REFERENCES storage_unit (code),
    moved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    kind              VARCHAR(20) NOT NULL,
    quantity          DECIMAL(18, 4) NOT NULL CHECK (quantity >= 0)
);
CREATE TABLE sales_line (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sold_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sku_code      VARCHAR(64) NOT NULL REFERENCES sku (code),
    site_code     VARCHAR(64) NOT NULL REFERENCES site (code),
    quantity      DECIMAL(18, 4) NOT NULL,
    amount        DECIMAL(18, 4),
    customer      VARCHAR(100),
    delivery_zone VARCHAR(100)
);
CREATE INDEX sales_line_sku_time ON sales_line (sku_code, sold_at);
CREATE TABLE sensor_reading (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sensor_id         VARCHAR(64) NOT NULL,
    storage_unit_code VARCHAR(64),
    read_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    measure           VARCHAR(30) NOT NULL,
    reading_value     DOUBLE PRECISION NOT NULL
);
CREATE INDEX sensor_reading_sensor_time ON sensor_reading (sensor_id, read_at);
