-- Approval of assessments and each facility's safety improvement programme.

ALTER TABLE assessment ADD COLUMN approved_by TEXT, ADD COLUMN approved_at TIMESTAMPTZ;

CREATE TABLE programme_item (
    id                BIGSERIAL PRIMARY KEY,
    facility_id       BIGINT NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    assessment_id     BIGINT REFERENCES assessment (id) ON DELETE SET NULL,
    measure_id        TEXT,
    custom_title      TEXT CHECK (length(custom_title) BETWEEN 1 AND 300),
    term              TEXT NOT NULL CHECK (term IN ('SHORT', 'MEDIUM', 'LONG')),
    responsible_organisation_id BIGINT REFERENCES organisation (id) ON DELETE SET NULL,
    due_date          DATE,
    status            TEXT NOT NULL DEFAULT 'PLANNED'
                      CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'VERIFIED', 'DROPPED')),
    drop_reason       TEXT CHECK (length(drop_reason) <= 2000),
    evidence          TEXT CHECK (length(evidence) <= 4000),
    comment           TEXT CHECK (length(comment) <= 4000),
    created_by        TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    version           INTEGER NOT NULL DEFAULT 0,
    CHECK ((measure_id IS NULL) <> (custom_title IS NULL)),
    CHECK (status <> 'DROPPED' OR drop_reason IS NOT NULL)
);

CREATE INDEX programme_item_facility ON programme_item (facility_id, due_date);
