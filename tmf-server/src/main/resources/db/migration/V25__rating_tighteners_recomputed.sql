-- Re-rating the registry (issue 17, target < 3 s for 30,000 facilities) spent most of its database time parsing and
-- writing each rating's tighteners (about 275 bytes of JSON per rating) and maintaining an index the lists no longer
-- need. The tighteners are recomputed when read, from the facility's inputs with the profile version that made the
-- rating, as the derivation trail is since V22 (the same list: profile versions never change, and every change of an
-- input re-rates the facility at once). facility_rating_value_idx (V13) let the lists avoid reading the wide rows of
-- that time; the rows are narrow now and the lists join on the primary key (docs/performance.md).
ALTER TABLE facility_rating DROP COLUMN tighteners;
DROP INDEX IF EXISTS facility_rating_value_idx;
