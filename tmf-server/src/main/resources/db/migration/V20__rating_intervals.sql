-- Ratings under incomplete data (issue 17): an index is an interval from the best to the worst case of its unknown
-- inputs. value and index_class stay the precautionary upper bound the list ranks by; value_low and class_low are the
-- lower bound, completeness the share of the index's possible points that rests on known inputs, tighteners the
-- unknown inputs ordered by how far each could move the index.

ALTER TABLE facility_rating
    ADD COLUMN value_low    DOUBLE PRECISION,
    ADD COLUMN class_low    TEXT,
    ADD COLUMN completeness DOUBLE PRECISION CHECK (completeness BETWEEN 0 AND 1),
    ADD COLUMN tighteners   JSONB NOT NULL DEFAULT '[]';

-- A rating stored before this change had no interval: its lower bound is its value.
UPDATE facility_rating SET value_low = value, class_low = index_class;

ALTER TABLE facility_rating
    ALTER COLUMN value_low SET NOT NULL,
    ALTER COLUMN class_low SET NOT NULL,
    ADD CONSTRAINT facility_rating_interval CHECK (value_low <= value);

DROP INDEX facility_rating_ranking_idx;
CREATE INDEX facility_rating_ranking_idx ON facility_rating (index_code, value DESC, value_low DESC);
