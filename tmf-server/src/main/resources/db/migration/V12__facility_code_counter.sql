-- The last number given to generated facility codes per prefix (e.g. KZ), so that creating a facility no longer
-- scans every code of its country (quadratic in a large import). Filled lazily from the existing codes.
CREATE TABLE facility_code_counter (
    prefix       TEXT PRIMARY KEY CHECK (prefix ~ '^[A-Z]{2,3}$'),
    last_number  INTEGER NOT NULL CHECK (last_number > 0)
);
