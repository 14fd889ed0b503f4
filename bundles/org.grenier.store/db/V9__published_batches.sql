-- Version 9: a sales import writes its lines committed as it goes, hidden from readers until its batch is published
-- in the import's transaction (H2ImportSession). A batch still unpublished when the store opens was cut short by a
-- crash, and its lines are removed then (PublishedBatches). Batches from before this version were all whole.
ALTER TABLE import_batch ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;
