-- Version 7: storage units, supply terms and stock movements come in through imports too (issue 6). Like the
-- other imported tables they remember the batch, the row's content key, its line in the file and the cells no field
-- took, so that a re-import adds nothing and an import can be undone.
ALTER TABLE storage_unit ADD COLUMN batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE storage_unit ADD COLUMN row_key BIGINT;
ALTER TABLE storage_unit ADD COLUMN source_line BIGINT;
ALTER TABLE storage_unit ADD COLUMN extras CHARACTER LARGE OBJECT;
ALTER TABLE supply_terms ADD COLUMN batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE supply_terms ADD COLUMN row_key BIGINT;
ALTER TABLE supply_terms ADD COLUMN source_line BIGINT;
ALTER TABLE supply_terms ADD COLUMN extras CHARACTER LARGE OBJECT;
ALTER TABLE stock_movement ADD COLUMN batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE stock_movement ADD COLUMN row_key BIGINT;
ALTER TABLE stock_movement ADD COLUMN source_line BIGINT;
ALTER TABLE stock_movement ADD COLUMN extras CHARACTER LARGE OBJECT;
-- A movement has no natural key: the import looks for the same product, time and content before it inserts.
CREATE INDEX stock_movement_key ON stock_movement (sku_code, moved_at);
CREATE INDEX stock_movement_batch ON stock_movement (batch_id);
CREATE INDEX storage_unit_batch ON storage_unit (batch_id);
CREATE INDEX supply_terms_batch ON supply_terms (batch_id);
