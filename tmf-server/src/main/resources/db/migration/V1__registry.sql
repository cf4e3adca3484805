-- TMF registry: organisations (operators, authorities) and tailings management facilities.
-- Plain PostgreSQL; the same migrations run on the embedded server and on an external one.

CREATE TABLE organisation (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    name_ru     TEXT        CHECK (length(name_ru) <= 300),
    name_kk     TEXT        CHECK (length(name_kk) <= 300),
    kind        TEXT        NOT NULL CHECK (kind IN ('OPERATOR', 'AUTHORITY', 'OTHER')),
    country     CHAR(3)     CHECK (country ~ '^[A-Z]{3}$'),
    website     TEXT        CHECK (length(website) <= 500),
    data_source TEXT        CHECK (length(data_source) <= 2000),
    version     INTEGER     NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT organisation_name_unique UNIQUE (name)
);

CREATE TABLE facility (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                 TEXT             NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name                 TEXT             NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    name_ru              TEXT             CHECK (length(name_ru) <= 200),
    name_kk              TEXT             CHECK (length(name_kk) <= 200),
    site_name            TEXT             CHECK (length(site_name) <= 200),
    operator_id          BIGINT           REFERENCES organisation (id),
    authority_id         BIGINT           REFERENCES organisation (id),
    country              CHAR(3)          NOT NULL CHECK (country ~ '^[A-Z]{3}$'),
    region               TEXT             CHECK (length(region) <= 200),
    latitude             DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude            DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    location_approximate BOOLEAN          NOT NULL DEFAULT FALSE,
    status               TEXT             NOT NULL
        CHECK (status IN ('ACTIVE', 'INACTIVE', 'TEMPORARILY_CLOSED', 'CLOSED', 'ABANDONED')),
    facility_type        TEXT
        CHECK (facility_type IN ('VALLEY_DAM', 'RING_DYKE', 'SIDE_HILL', 'HEAP_STACK', 'PIT')),
    dam_raise_method     TEXT             NOT NULL DEFAULT 'UNKNOWN'
        CHECK (dam_raise_method IN ('UPSTREAM', 'DOWNSTREAM', 'CENTRELINE', 'WATER_RETENTION', 'UNKNOWN')),
    dam_height_m         DOUBLE PRECISION CHECK (dam_height_m >= 0),
    crest_length_m       DOUBLE PRECISION CHECK (crest_length_m >= 0),
    impoundment_area_ha  DOUBLE PRECISION CHECK (impoundment_area_ha >= 0),
    stored_volume_m3     DOUBLE PRECISION CHECK (stored_volume_m3 >= 0),
    design_capacity_m3   DOUBLE PRECISION CHECK (design_capacity_m3 >= 0),
    volume_approximate   BOOLEAN          NOT NULL DEFAULT FALSE,
    commodity            TEXT             CHECK (length(commodity) <= 200),
    hazardous_substances TEXT             CHECK (length(hazardous_substances) <= 1000),
    water_hazard_class   TEXT             NOT NULL DEFAULT 'UNKNOWN'
        CHECK (water_hazard_class IN ('NWG', 'WGK1', 'WGK2', 'WGK3', 'UNKNOWN')),
    year_commissioned    INTEGER          CHECK (year_commissioned BETWEEN 1800 AND 2200),
    year_closed          INTEGER          CHECK (year_closed BETWEEN 1800 AND 2200),
    nearest_watercourse  TEXT             CHECK (length(nearest_watercourse) <= 200),
    data_sources         TEXT             CHECK (length(data_sources) <= 4000),
    notes                TEXT             CHECK (length(notes) <= 4000),
    version              INTEGER          NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ      NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ      NOT NULL DEFAULT now(),
    CONSTRAINT facility_code_unique UNIQUE (code),
    CONSTRAINT facility_years_ordered CHECK (year_closed IS NULL OR year_commissioned IS NULL
        OR year_closed >= year_commissioned)
);

CREATE INDEX facility_country_region_idx ON facility (country, region);
CREATE INDEX facility_status_idx ON facility (status);
CREATE INDEX facility_operator_idx ON facility (operator_id);
CREATE INDEX facility_authority_idx ON facility (authority_id);

-- Records that the demo data set was loaded, so it is loaded once only (never again after users
-- delete demo facilities).
CREATE TABLE demo_data_load (
    loaded_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    facility_count INTEGER     NOT NULL,
    description    TEXT        NOT NULL
);
