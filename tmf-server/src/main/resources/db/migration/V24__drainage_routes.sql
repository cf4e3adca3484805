-- Drainage routes (issue 18): how water from a facility reaches the mapped river network, recorded by someone who
-- knows the site; the transboundary screening follows the route, then the network. Owned by the transboundary feature.
CREATE TABLE facility_drainage_route (
    facility_id  BIGINT PRIMARY KEY REFERENCES facility (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('DRAWN', 'RECEIVING_WATER')),
    -- the points after the site in flow order, as GeoJSON positions [longitude, latitude]
    points       JSONB NOT NULL CHECK (jsonb_typeof(points) = 'array' AND jsonb_array_length(points) BETWEEN 1 AND 5000),
    source       TEXT NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 2000),
    comment      TEXT CHECK (length(comment) <= 4000),
    version      INTEGER NOT NULL DEFAULT 0,
    updated_by   TEXT NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The map scale an imported network is good for (its denominator, e.g. 250000 for 1:250,000); a network coarser than
-- the configured limit makes a site without a mapped river nearby undetermined as "network too coarse".
ALTER TABLE river_network ADD COLUMN scale_denominator INTEGER CHECK (scale_denominator > 0);

-- Two more reasons a verdict is undetermined: the network is too coarse for sites, a drainage route ends off it.
ALTER TABLE facility_transboundary DROP CONSTRAINT facility_transboundary_undetermined_check;
ALTER TABLE facility_transboundary ADD CONSTRAINT facility_transboundary_undetermined_check
    CHECK (undetermined IN ('NO_MAPPED_RIVER', 'OUTSIDE_NETWORK_EXTENT', 'NETWORK_TOO_COARSE', 'ROUTE_OFF_NETWORK'));
