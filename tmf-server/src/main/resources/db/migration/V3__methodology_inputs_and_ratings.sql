-- Inputs of the Tailings Hazard and Risk Indices kept with each facility, and the stored ratings.

ALTER TABLE facility
    ADD COLUMN management_status TEXT
        CHECK (management_status IN ('OPERATED_SUPERVISED', 'CLOSED_MAINTAINED', 'NO_RESPONSIBLE_OPERATOR')),
    ADD COLUMN flood_hazard TEXT CHECK (flood_hazard IN ('OUTSIDE_FLOOD_AREA', 'FLOOD_PRONE')),
    ADD COLUMN seismic_hazard TEXT CHECK (seismic_hazard IN ('LOW', 'MODERATE', 'HIGH')),
    ADD COLUMN dam_condition TEXT CHECK (dam_condition IN ('NO_DEFICIENCIES', 'DEFICIENCIES', 'CRITICAL')),
    ADD COLUMN population_at_risk INTEGER CHECK (population_at_risk >= 0),
    ADD COLUMN drinking_water_abstraction BOOLEAN,
    ADD COLUMN protected_area_downstream BOOLEAN,
    ADD COLUMN transboundary_setting TEXT
        CHECK (transboundary_setting IN ('NONE', 'BORDER_WITHIN_REACH', 'TRANSBOUNDARY_RIVER')),
    ADD COLUMN distance_to_surface_water_km DOUBLE PRECISION CHECK (distance_to_surface_water_km >= 0);

-- The current THI and TRI of each facility, with the profile that produced them and the derivation.
CREATE TABLE facility_rating (
    facility_id     BIGINT           NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    index_code      TEXT             NOT NULL CHECK (index_code IN ('THI', 'TRI')),
    value           DOUBLE PRECISION NOT NULL,
    index_class     TEXT             NOT NULL,
    profile_id      TEXT             NOT NULL,
    profile_version INTEGER          NOT NULL,
    provisional     BOOLEAN          NOT NULL,
    terms           JSONB            NOT NULL,
    computed_at     TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (facility_id, index_code)
);
CREATE INDEX facility_rating_ranking_idx ON facility_rating (index_code, value DESC);
