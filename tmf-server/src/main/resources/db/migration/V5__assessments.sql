-- Checklist assessments of facilities and their answers.

CREATE TABLE assessment (
    id                BIGSERIAL PRIMARY KEY,
    facility_id       BIGINT NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    template_id       TEXT NOT NULL,
    template_version  INTEGER NOT NULL CHECK (template_version > 0),
    family            TEXT NOT NULL CHECK (family IN ('QUICK', 'DETAILED', 'ABANDONED')),
    status            TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    started_by        TEXT NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_by      TEXT,
    submitted_at      TIMESTAMPTZ,
    result            JSONB,
    version           INTEGER NOT NULL DEFAULT 0,
    CHECK ((status = 'DRAFT') = (submitted_at IS NULL))
);

CREATE INDEX assessment_facility ON assessment (facility_id, started_at DESC);

CREATE TABLE assessment_answer (
    assessment_id  BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    answer         TEXT NOT NULL CHECK (answer IN ('YES', 'PARTLY', 'NO', 'NOT_APPLICABLE', 'UNKNOWN')),
    evidence       TEXT CHECK (evidence IN ('DOCUMENTED', 'OBSERVED', 'STATED_ONLY')),
    comment        TEXT CHECK (length(comment) <= 4000),
    updated_by     TEXT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, question_id)
);
