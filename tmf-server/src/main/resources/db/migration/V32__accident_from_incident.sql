-- An accident record made in this registry from a closed incident (issue 19): origin REGISTRY, key registry:incident-<id>.
ALTER TABLE accident DROP CONSTRAINT accident_source_key_check;
ALTER TABLE accident ADD CONSTRAINT accident_source_key_check
    CHECK (source_key ~ '^(curated|csp2|registry):[a-z0-9:-]+$');
ALTER TABLE accident DROP CONSTRAINT accident_origin_check;
ALTER TABLE accident ADD CONSTRAINT accident_origin_check CHECK (origin IN ('CURATED', 'CSP2', 'REGISTRY'));
