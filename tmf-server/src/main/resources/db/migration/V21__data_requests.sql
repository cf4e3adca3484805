-- Data request campaigns (issue 17): an authority asks the operators for the facility facts the ratings lack.
-- The operators' answers are proposals (data_request_item) until an authority accepts them into the registry.

CREATE TABLE data_request (
    id          BIGSERIAL PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    message     TEXT NOT NULL DEFAULT '' CHECK (length(message) <= 5000),
    due_date    DATE NOT NULL,
    status      TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    -- how the facilities were chosen, as the authority gave it (shown on the request's page)
    selection   JSONB NOT NULL DEFAULT '{}',
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at   TIMESTAMPTZ,
    version     INTEGER NOT NULL DEFAULT 0
);

-- One field asked of one facility. The answer is kept as text in the field's exchange form (plain number, enum
-- constant, true/false) with its source; seen_value is the registry's value when the answer was given, so that
-- accepting never overwrites a change made meanwhile.
CREATE TABLE data_request_item (
    id               BIGSERIAL PRIMARY KEY,
    request_id       BIGINT NOT NULL REFERENCES data_request (id) ON DELETE CASCADE,
    facility_id      BIGINT NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    organisation_id  BIGINT NOT NULL REFERENCES organisation (id),
    field            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'ASKED' CHECK (status IN ('ASKED', 'ANSWERED', 'ACCEPTED', 'RETURNED')),
    answer           TEXT,
    source           TEXT CHECK (length(source) <= 1000),
    seen_value       TEXT,
    answered_by      TEXT,
    answered_at      TIMESTAMPTZ,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    reason           TEXT CHECK (length(reason) <= 2000),
    version          INTEGER NOT NULL DEFAULT 0,
    UNIQUE (request_id, facility_id, field),
    CHECK (status = 'ASKED' OR answer IS NOT NULL OR status = 'RETURNED'),
    CHECK (status <> 'RETURNED' OR reason IS NOT NULL)
);

CREATE INDEX data_request_item_organisation ON data_request_item (organisation_id, request_id);
CREATE INDEX data_request_item_facility ON data_request_item (facility_id);

ALTER TABLE notification DROP CONSTRAINT notification_type_check;
ALTER TABLE notification ADD CONSTRAINT notification_type_check CHECK (type IN ('ACTION_ASSIGNED', 'ACTION_DUE_SOON',
    'ACTION_OVERDUE', 'ASSESSMENT_SUBMITTED', 'MEASURE_OVERDUE', 'MEETING_SCHEDULED', 'DATA_REQUEST_OPENED',
    'DATA_REQUEST_DUE_SOON', 'DATA_REQUEST_OVERDUE', 'DATA_REQUEST_ANSWERED', 'DATA_REQUEST_RETURNED'));
