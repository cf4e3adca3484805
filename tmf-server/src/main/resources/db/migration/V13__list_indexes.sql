-- Indexes for the facility list and the rating list at national scale (30,000 facilities, docs/performance.md):
-- a page sorted by name (in each language) reads the index instead of sorting every facility, and ranking by THI
-- or TRI joins the ratings from an index-only scan instead of reading their derivations (jsonb) row by row.
CREATE INDEX facility_name_code_idx ON facility (name, code);
CREATE INDEX facility_name_ru_code_idx ON facility ((coalesce(name_ru, name)), code);
CREATE INDEX facility_name_kk_code_idx ON facility ((coalesce(name_kk, name)), code);
CREATE INDEX facility_rating_value_idx ON facility_rating (index_code, facility_id) INCLUDE (value);
