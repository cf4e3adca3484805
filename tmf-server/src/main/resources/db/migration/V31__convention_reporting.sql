-- Convention reporting (issue 19): what the registry needs to identify hazardous activities under the UNECE
-- Industrial Accidents Convention and to record that the countries concerned were informed of them (Art. 4 and 9).

-- Quantities of Annex I categories (Part I) and named substances (Part II) present at a facility, in tonnes, each
-- with its source. A facility without any row is "not screened", never "below the thresholds".
CREATE TABLE annex1_quantity (
    id              BIGSERIAL PRIMARY KEY,
    -- records the authority must keep: a facility with them is archived, never deleted
    facility_id     BIGINT NOT NULL REFERENCES facility (id) ON DELETE RESTRICT,
    part            TEXT NOT NULL CHECK (part IN ('PART_I', 'PART_II')),
    code            TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
    quantity_tonnes DOUBLE PRECISION NOT NULL CHECK (quantity_tonnes >= 0 AND quantity_tonnes < 'Infinity'),
    source          TEXT NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 1000),
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (facility_id, part, code)
);

-- That a country concerned was informed of a hazardous activity (the date and the reference of the letter or note).
CREATE TABLE hazardous_activity_notice (
    id          BIGSERIAL PRIMARY KEY,
    facility_id BIGINT NOT NULL REFERENCES facility (id) ON DELETE RESTRICT,
    country     TEXT NOT NULL CHECK (country ~ '^[A-Z]{3}$'),
    informed_on DATE NOT NULL,
    reference   TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 500),
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX hazardous_activity_notice_facility ON hazardous_activity_notice (facility_id, country, informed_on);
