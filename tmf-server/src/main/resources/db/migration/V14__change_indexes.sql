-- When ratings and transboundary results last changed, found from an index (the map's GeoJSON is revalidated
-- against it instead of being rebuilt for every request).
CREATE INDEX facility_rating_computed_idx ON facility_rating (computed_at);
CREATE INDEX facility_transboundary_computed_idx ON facility_transboundary (computed_at);
CREATE INDEX facility_updated_idx ON facility (updated_at);
