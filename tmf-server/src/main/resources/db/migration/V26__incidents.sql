-- Incident reports and transboundary notifications (issue 19). An incident at a facility (or an exercise, the same
-- flow clearly marked) is notified to the points of contact of the countries its downstream path reaches, following
-- the structure of the UNECE Industrial Accident Notification (IAN) System's reports.

-- Points of contact: one per country (the IAN points of contact) or per joint body / river commission.
CREATE TABLE point_of_contact (
    id          BIGSERIAL PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('COUNTRY', 'JOINT_BODY')),
    name        TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    -- ISO 3166-1 alpha-3 codes: the country of a country point, the member countries of a joint body
    countries   TEXT[] NOT NULL CHECK (cardinality(countries) >= 1),
    email       TEXT CHECK (length(email) <= 320),
    phone       TEXT CHECK (length(phone) <= 100),
    comment     TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    version     INTEGER NOT NULL DEFAULT 0,
    updated_by  TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (kind = 'JOINT_BODY' OR cardinality(countries) = 1)
);

CREATE TABLE incident (
    id           BIGSERIAL PRIMARY KEY,
    -- incidents are records the authority must keep: a facility with incidents is archived, never deleted
    facility_id  BIGINT NOT NULL REFERENCES facility (id) ON DELETE RESTRICT,
    kind         TEXT NOT NULL CHECK (kind IN ('DAM_FAILURE', 'OVERTOPPING', 'SEEPAGE', 'PIPELINE_SPILL',
                                               'EARTHQUAKE_DAMAGE', 'FLOOD_DAMAGE', 'OTHER')),
    exercise     BOOLEAN NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('ONGOING', 'CONTROLLED', 'CLOSED')),
    -- estimated release in cubic metres; null when not known (never 0 for unknown)
    release_m3   DOUBLE PRECISION CHECK (release_m3 >= 0),
    substances   TEXT NOT NULL DEFAULT '' CHECK (length(substances) <= 2000),
    description  TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    measures     TEXT NOT NULL DEFAULT '' CHECK (length(measures) <= 10000),
    contact      TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 1000),
    -- the accident record created when the incident was closed, if any
    accident_id  BIGINT REFERENCES accident (id) ON DELETE SET NULL,
    reported_by  TEXT NOT NULL,
    reported_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX incident_facility ON incident (facility_id, occurred_at DESC);

-- One issued report of an incident's notification: numbered 1, 2, ... (the first an early warning, follow-ups
-- information or requests for assistance). The facts are a snapshot of what the report said, so that a later
-- change of the incident or the screening never changes a sent report.
CREATE TABLE incident_report (
    id           BIGSERIAL PRIMARY KEY,
    incident_id  BIGINT NOT NULL REFERENCES incident (id) ON DELETE RESTRICT,
    number       INTEGER NOT NULL CHECK (number >= 1),
    report_type  TEXT NOT NULL CHECK (report_type IN ('EARLY_WARNING', 'INFORMATION', 'REQUEST_FOR_ASSISTANCE')),
    assistance   TEXT NOT NULL DEFAULT '' CHECK (length(assistance) <= 5000),
    facts        JSONB NOT NULL,
    issued_by    TEXT NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (incident_id, number)
);

-- A recipient of a report: a snapshot of the point of contact as it was when the report was issued. The token is
-- the secret of the acknowledgement link sent to the recipient.
CREATE TABLE incident_report_recipient (
    id                BIGSERIAL PRIMARY KEY,
    report_id         BIGINT NOT NULL REFERENCES incident_report (id) ON DELETE RESTRICT,
    point_of_contact_id BIGINT REFERENCES point_of_contact (id) ON DELETE SET NULL,
    name              TEXT NOT NULL,
    countries         TEXT[] NOT NULL,
    email             TEXT,
    token             TEXT NOT NULL UNIQUE,
    mail_status       TEXT NOT NULL CHECK (mail_status IN ('PENDING', 'SENT', 'FAILED', 'NO_ADDRESS', 'NOT_CONFIGURED')),
    mail_error        TEXT,
    mailed_at         TIMESTAMPTZ,
    acknowledged_at   TIMESTAMPTZ,
    acknowledged_via  TEXT CHECK (acknowledged_via IN ('LINK', 'RECORDED')),
    acknowledged_by   TEXT CHECK (length(acknowledged_by) <= 300),
    acknowledgement_note TEXT CHECK (length(acknowledgement_note) <= 2000),
    CHECK ((acknowledged_at IS NULL) = (acknowledged_via IS NULL))
);

CREATE INDEX incident_report_recipient_report ON incident_report_recipient (report_id);
CREATE INDEX incident_report_recipient_pending ON incident_report_recipient (id) WHERE mail_status = 'PENDING';
