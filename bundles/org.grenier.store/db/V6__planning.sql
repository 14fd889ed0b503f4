-- Version 6: planning. How each product is bought (supplier lead time and its spread, order cost, minimum order,
-- pack size, the space a unit takes and where it is stored, the yearly holding rate); what-if scenarios, kept as the
-- JSON a planner can also edit by hand; and the unit cost of each stock movement, which FIFO valuation needs.
CREATE TABLE supply_terms (
    sku_code          VARCHAR(64) PRIMARY KEY REFERENCES sku (code),
    lead_time_days    DOUBLE PRECISION NOT NULL CHECK (lead_time_days > 0),
    lead_time_sd_days DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (lead_time_sd_days >= 0),
    order_cost        DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (order_cost >= 0),
    minimum_order     DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (minimum_order >= 0),
    pack_size         DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (pack_size > 0),
    unit_volume       DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (unit_volume >= 0),
    storage_unit_code VARCHAR(64) REFERENCES storage_unit (code),
    holding_rate      DOUBLE PRECISION NOT NULL DEFAULT 0.25 CHECK (holding_rate >= 0)
);
CREATE TABLE scenario (
    name       VARCHAR(200) PRIMARY KEY,
    definition CHARACTER LARGE OBJECT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE stock_movement ADD COLUMN unit_cost DECIMAL(18, 4) CHECK (unit_cost >= 0);
