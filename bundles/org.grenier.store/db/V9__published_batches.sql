-- Version 9: a sales import commits its lines in slices of a few thousand, hidden from readers until its batch is
-- published in one last transaction (H2ImportSession). A batch still unpublished when the store opens was cut short
-- by a crash, and its lines are removed then (UnpublishedBatches). Batches from before this version were all whole.
ALTER TABLE import_batch ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;
