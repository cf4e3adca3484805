-- Transboundary analysis: imported river networks and each facility's stored screening result.

CREATE TABLE river_network (
    id            BIGSERIAL PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    format        TEXT NOT NULL CHECK (format IN ('HYDRORIVERS_GEOJSON', 'HYDRORIVERS_CSV', 'LINES_GEOJSON')),
    mode          TEXT NOT NULL CHECK (mode IN ('REPLACE', 'EXTEND')),
    file_name     TEXT,
    file_sha256   TEXT,
    tolerance_km  DOUBLE PRECISION CHECK (tolerance_km >= 0),
    reach_count   INTEGER NOT NULL CHECK (reach_count > 0),
    outlet_count  INTEGER NOT NULL CHECK (outlet_count >= 0),
    report        JSONB NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT FALSE,
    imported_by   TEXT,
    imported_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- At most one network is in use; none means the built-in Natural Earth network.
CREATE UNIQUE INDEX river_network_single_active ON river_network (active) WHERE active;

CREATE TABLE river_reach (
    network_id    BIGINT NOT NULL REFERENCES river_network (id) ON DELETE CASCADE,
    reach_id      BIGINT NOT NULL CHECK (reach_id > 0),
    next_down     BIGINT NOT NULL CHECK (next_down >= 0),
    length_km     DOUBLE PRECISION NOT NULL CHECK (length_km >= 0),
    strahler      SMALLINT NOT NULL CHECK (strahler BETWEEN 0 AND 127),
    discharge_cms REAL CHECK (discharge_cms >= 0),
    name          TEXT,
    -- longitude, latitude pairs in flow direction as big-endian 32-bit floats
    coordinates   BYTEA NOT NULL CHECK (length(coordinates) >= 16),
    PRIMARY KEY (network_id, reach_id)
);

CREATE TABLE facility_transboundary (
    facility_id                BIGINT PRIMARY KEY REFERENCES facility (id) ON DELETE CASCADE,
    basis                      TEXT NOT NULL,
    potential_effect           BOOLEAN NOT NULL,
    border_distance_km         DOUBLE PRECISION,
    nearest_foreign_country    CHAR(3),
    first_foreign_country      CHAR(3),
    along_river_km_to_border   DOUBLE PRECISION,
    result                     JSONB NOT NULL,
    computed_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX facility_transboundary_effect ON facility_transboundary (potential_effect);
