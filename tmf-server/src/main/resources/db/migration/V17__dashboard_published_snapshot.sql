-- The monthly snapshot also over the published facilities only, without internal records: the trend shown to
-- readers who may not read every facility and programme (months snapshotted before this column show them nothing).
ALTER TABLE dashboard_snapshot ADD COLUMN published_indicators JSONB;
