-- A rating's derivation (its terms) is no longer stored: it is recomputed when shown, from the facility's inputs with
-- the methodology profile version that made the rating (profiles are versioned and never change), which gives the
-- same trail because every change of an input re-rates the facility at once. The stored trail repeated each term's
-- provenance text in every rating (about 4 kB of 4.2 kB per row) and made re-rating 30,000 facilities spend most of
-- its time parsing and writing it (docs/performance.md).
ALTER TABLE facility_rating DROP COLUMN terms;
