-- Tailings dam failures and their lessons (issue 9). Curated records ship with the product
-- (resources/accidents), CSP2 rows are imported by users; both are upserted by their source key.

CREATE TABLE accident (
    id                      BIGSERIAL PRIMARY KEY,
    source_key              TEXT NOT NULL UNIQUE CHECK (source_key ~ '^(curated|csp2):[a-z0-9:-]+$'),
    origin                  TEXT NOT NULL CHECK (origin IN ('CURATED', 'CSP2')),
    year                    INTEGER NOT NULL CHECK (year BETWEEN 1800 AND 2200),
    occurred_on             DATE CHECK (occurred_on IS NULL OR extract(year FROM occurred_on) = year),
    facility_name           TEXT NOT NULL CHECK (length(facility_name) BETWEEN 1 AND 2000),
    place                   TEXT,
    country                 CHAR(3) CHECK (country ~ '^[A-Z]{3}$'),
    latitude                DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude               DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    location_approximate    BOOLEAN NOT NULL DEFAULT TRUE,
    commodity               TEXT,
    dam_raise_method        TEXT NOT NULL DEFAULT 'UNKNOWN'
                            CHECK (dam_raise_method IN ('UPSTREAM', 'DOWNSTREAM', 'CENTRELINE', 'WATER_RETENTION', 'UNKNOWN')),
    dam_type_text           TEXT,
    dam_fill                TEXT,
    dam_height_m            DOUBLE PRECISION CHECK (dam_height_m >= 0),
    storage_volume_m3       DOUBLE PRECISION CHECK (storage_volume_m3 >= 0),
    released_volume_m3      DOUBLE PRECISION CHECK (released_volume_m3 >= 0),
    runout_km               DOUBLE PRECISION CHECK (runout_km >= 0),
    deaths                  INTEGER CHECK (deaths >= 0),
    cause                   TEXT NOT NULL CHECK (cause IN ('OVERTOPPING', 'SLOPE_INSTABILITY', 'EARTHQUAKE', 'FOUNDATION',
                                'SEEPAGE', 'STRUCTURAL', 'EROSION', 'MINE_SUBSIDENCE', 'UNKNOWN')),
    severity                INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    severity_rule           TEXT,
    receiving_rivers        TEXT,
    transboundary           BOOLEAN NOT NULL DEFAULT FALSE,
    transboundary_countries TEXT[] NOT NULL DEFAULT '{}',
    narrative_en            TEXT,
    narrative_ru            TEXT,
    narrative_kk            TEXT,
    sources                 TEXT[] NOT NULL DEFAULT '{}',
    source_record           JSONB,
    version                 INTEGER NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (NOT transboundary OR cardinality(transboundary_countries) > 0)
);

CREATE INDEX accident_year ON accident (year);
CREATE INDEX accident_country ON accident (country);

-- A lesson of an accident in three languages, linked to checklist questions (ids of the checklist content).
CREATE TABLE accident_lesson (
    id           BIGSERIAL PRIMARY KEY,
    accident_id  BIGINT NOT NULL REFERENCES accident (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    text_en      TEXT NOT NULL,
    text_ru      TEXT NOT NULL,
    text_kk      TEXT NOT NULL,
    question_ids TEXT[] NOT NULL DEFAULT '{}',
    UNIQUE (accident_id, position)
);

CREATE INDEX accident_lesson_questions ON accident_lesson USING GIN (question_ids);

-- Committed accident imports (file name and hash, counts).
CREATE TABLE accident_import (
    id           BIGSERIAL PRIMARY KEY,
    file_name    TEXT,
    file_sha256  TEXT NOT NULL,
    created      INTEGER NOT NULL CHECK (created >= 0),
    updated      INTEGER NOT NULL CHECK (updated >= 0),
    imported_by  TEXT NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Versions of reference data shipped with the product and loaded into the database (e.g. the curated accidents).
CREATE TABLE reference_data (
    name        TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    loaded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
