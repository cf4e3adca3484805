-- Three transboundary verdicts (issue 18): a potential effect, no effect found along a mapped river, or undetermined
-- (with its reason) when no mapped river lies within the snap distance. Stored results get the verdict they imply:
-- before, a site without a mapped river was stored and shown as "no potential effect".
ALTER TABLE facility_transboundary
    ADD COLUMN verdict TEXT CHECK (verdict IN ('POTENTIAL_EFFECT', 'NO_EFFECT_FOUND', 'UNDETERMINED')),
    ADD COLUMN undetermined TEXT CHECK (undetermined IN ('NO_MAPPED_RIVER', 'OUTSIDE_NETWORK_EXTENT'));

UPDATE facility_transboundary SET
    verdict = CASE WHEN potential_effect THEN 'POTENTIAL_EFFECT'
                   WHEN result ->> 'snapDistanceKm' IS NULL THEN 'UNDETERMINED'
                   ELSE 'NO_EFFECT_FOUND' END,
    undetermined = CASE WHEN NOT potential_effect AND result ->> 'snapDistanceKm' IS NULL THEN 'NO_MAPPED_RIVER' END;

UPDATE facility_transboundary SET result = result || jsonb_build_object('verdict', verdict, 'undetermined', undetermined);

ALTER TABLE facility_transboundary ALTER COLUMN verdict SET NOT NULL,
    ADD CONSTRAINT facility_transboundary_undetermined_reason CHECK ((verdict = 'UNDETERMINED') = (undetermined IS NOT NULL));

CREATE INDEX facility_transboundary_verdict ON facility_transboundary (verdict);
