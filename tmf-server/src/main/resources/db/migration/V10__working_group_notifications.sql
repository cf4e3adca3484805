-- The inter-institutional working group (members, meetings, decisions, action items), in-app notifications,
-- scheduled jobs that run once across server nodes, and monthly snapshots of the programme dashboard (issue 10).

CREATE TABLE wg_member (
    user_id      BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    group_role   TEXT NOT NULL CHECK (group_role IN ('CHAIR', 'SECRETARY', 'MEMBER', 'EXPERT', 'OBSERVER')),
    institution  TEXT CHECK (length(institution) <= 300),
    joined_on    DATE NOT NULL DEFAULT current_date,
    version      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE wg_meeting (
    id          BIGSERIAL PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    starts_at   TIMESTAMPTZ NOT NULL,
    place       TEXT CHECK (length(place) <= 300),
    online_url  TEXT CHECK (length(online_url) <= 1000),
    agenda      TEXT CHECK (length(agenda) <= 20000),
    minutes     TEXT CHECK (length(minutes) <= 100000),
    status      TEXT NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE wg_attendance (
    meeting_id  BIGINT NOT NULL REFERENCES wg_meeting (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    present     BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, user_id)
);

CREATE TABLE wg_meeting_file (
    id            BIGSERIAL PRIMARY KEY,
    meeting_id    BIGINT NOT NULL REFERENCES wg_meeting (id) ON DELETE CASCADE,
    file_name     TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type  TEXT NOT NULL,
    size_bytes    BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256        TEXT NOT NULL,
    data          BYTEA NOT NULL,
    uploaded_by   TEXT NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE wg_decision (
    id          BIGSERIAL PRIMARY KEY,
    meeting_id  BIGINT REFERENCES wg_meeting (id) ON DELETE SET NULL,
    decided_on  DATE NOT NULL,
    text        TEXT NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 5000),
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE wg_decision_facility (
    decision_id  BIGINT NOT NULL REFERENCES wg_decision (id) ON DELETE CASCADE,
    facility_id  BIGINT NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    PRIMARY KEY (decision_id, facility_id)
);

CREATE TABLE wg_action (
    id                        BIGSERIAL PRIMARY KEY,
    title                     TEXT NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    description               TEXT CHECK (length(description) <= 5000),
    assignee_user_id          BIGINT REFERENCES app_user (id) ON DELETE SET NULL,
    assignee_organisation_id  BIGINT REFERENCES organisation (id) ON DELETE SET NULL,
    due_date                  DATE,
    status                    TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    facility_id               BIGINT REFERENCES facility (id) ON DELETE SET NULL,
    decision_id               BIGINT REFERENCES wg_decision (id) ON DELETE SET NULL,
    programme_item_id         BIGINT REFERENCES programme_item (id) ON DELETE SET NULL,
    created_by                TEXT NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at              TIMESTAMPTZ,
    version                   INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX wg_action_due ON wg_action (status, due_date);

CREATE TABLE wg_action_comment (
    id          BIGSERIAL PRIMARY KEY,
    action_id   BIGINT NOT NULL REFERENCES wg_action (id) ON DELETE CASCADE,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 5000),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A notification for one user; its text is rendered in the reader's language from type and params.
CREATE TABLE notification (
    id            BIGSERIAL PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    type          TEXT NOT NULL CHECK (type IN ('ACTION_ASSIGNED', 'ACTION_DUE_SOON', 'ACTION_OVERDUE',
                      'ASSESSMENT_SUBMITTED', 'MEASURE_OVERDUE', 'MEETING_SCHEDULED')),
    subject_type  TEXT NOT NULL,
    subject_id    BIGINT NOT NULL,
    link          TEXT NOT NULL,
    params        JSONB NOT NULL DEFAULT '{}',
    dedupe_key    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at       TIMESTAMPTZ,
    emailed_at    TIMESTAMPTZ,
    UNIQUE (user_id, dedupe_key)
);

CREATE INDEX notification_user ON notification (user_id, created_at DESC);
CREATE INDEX notification_unsent ON notification (id) WHERE emailed_at IS NULL;

-- Scheduled jobs: a node runs a job only after moving its next_run_at forward in one UPDATE, so one node wins.
CREATE TABLE scheduled_job (
    name          TEXT PRIMARY KEY,
    next_run_at   TIMESTAMPTZ NOT NULL,
    last_started  TIMESTAMPTZ,
    last_finished TIMESTAMPTZ,
    last_node     TEXT,
    last_result   TEXT,
    runs          BIGINT NOT NULL DEFAULT 0
);

-- Monthly snapshots of the programme dashboard's indicators (first day of the month).
CREATE TABLE dashboard_snapshot (
    month       DATE PRIMARY KEY CHECK (extract(day FROM month) = 1),
    indicators  JSONB NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
