-- Facility imports from CSV/XLSX: one row per committed import (the file's name and hash, what it changed).

CREATE TABLE facility_import (
    id           BIGSERIAL PRIMARY KEY,
    file_name    TEXT,
    file_sha256  TEXT NOT NULL,
    created      INTEGER NOT NULL CHECK (created >= 0),
    updated      INTEGER NOT NULL CHECK (updated >= 0),
    imported_by  TEXT NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
