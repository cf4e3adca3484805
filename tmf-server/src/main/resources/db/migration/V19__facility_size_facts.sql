-- What is known of a facility's size besides its stored volume and design capacity (issue 17): the rating estimates
-- the stored volume from them, with an interval, when the volume itself is not known.

ALTER TABLE facility
    ADD COLUMN stored_tonnage_t        DOUBLE PRECISION CHECK (stored_tonnage_t >= 0),
    ADD COLUMN design_tonnage_t        DOUBLE PRECISION CHECK (design_tonnage_t >= 0),
    ADD COLUMN annual_ore_throughput_t DOUBLE PRECISION CHECK (annual_ore_throughput_t >= 0),
    ADD COLUMN throughput_years        INTEGER CHECK (throughput_years BETWEEN 1 AND 200);
