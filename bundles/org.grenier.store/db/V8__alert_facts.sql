-- Version 8: an alert keeps the numbers its message tells (the limit crossed, the change and its span, ...), so the
-- workbench can word it in the user's language and units; the message stays the English sentence of the command line.
-- Alerts raised before keep no facts and show their message.
ALTER TABLE sensor_alert ADD COLUMN facts VARCHAR(400);
