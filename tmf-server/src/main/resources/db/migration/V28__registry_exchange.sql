-- Exchange between national registries (issue 19): neighbouring instances, what was pulled from them (kept apart from
-- the own registry), and incident notifications received from them.

CREATE TABLE neighbour (
    id              bigserial PRIMARY KEY,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country         char(3)     NOT NULL UNIQUE CHECK (country ~ '^[A-Z]{3}$'),
    base_url        text        NOT NULL CHECK (base_url ~ '^https?://[^\s]+$' AND length(base_url) <= 500),
    -- The neighbour's API token for reading (sent as a bearer token) and the secret shared with it for signing
    -- notifications (HMAC-SHA256). Never shown back; null = not given.
    read_token      text,
    signing_secret  text,
    version         integer     NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text        NOT NULL,
    last_attempt_at timestamptz,
    last_success_at timestamptz,
    -- The last failed pull: a message key and its argument (a status code, a host), null after a success.
    last_error_key  text,
    last_error_arg  text
);

CREATE TABLE neighbour_facility (
    neighbour_id             bigint           NOT NULL REFERENCES neighbour ON DELETE CASCADE,
    remote_id                bigint           NOT NULL,
    code                     text,
    name                     text             NOT NULL,
    country                  char(3),
    status                   text,
    latitude                 double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude                double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    thi                      double precision,
    hazard_class             text,
    tri                      double precision,
    risk_class               text,
    verdict                  text CHECK (verdict IN ('POTENTIAL_EFFECT', 'NO_EFFECT_FOUND', 'UNDETERMINED')),
    countries                text[]           NOT NULL DEFAULT '{}',
    first_foreign_country    text,
    along_river_km_to_border double precision,
    path                     jsonb,
    -- Computed here when the path enters this instance's own country (tmf.exchange.country).
    enters_own_country       boolean          NOT NULL DEFAULT false,
    km_to_own_border         double precision,
    hours_to_own_border_min  double precision,
    hours_to_own_border_max  double precision,
    PRIMARY KEY (neighbour_id, remote_id)
);

CREATE INDEX neighbour_facility_threat ON neighbour_facility (neighbour_id) WHERE enters_own_country;

CREATE TABLE neighbour_accident (
    neighbour_id  bigint  NOT NULL REFERENCES neighbour ON DELETE CASCADE,
    remote_id     bigint  NOT NULL,
    year          integer NOT NULL,
    facility_name text    NOT NULL,
    place         text,
    country       text,
    severity      text,
    narrative     jsonb,
    lessons       jsonb   NOT NULL DEFAULT '[]',
    PRIMARY KEY (neighbour_id, remote_id)
);

CREATE TABLE incoming_notification (
    id                   bigserial PRIMARY KEY,
    neighbour_id         bigint      REFERENCES neighbour ON DELETE SET NULL,
    sender_name          text        NOT NULL,
    sender_country       char(3)     NOT NULL,
    number               text        NOT NULL,
    report_type          text        NOT NULL CHECK (report_type IN ('EARLY_WARNING', 'INFORMATION', 'REQUEST_FOR_ASSISTANCE')),
    exercise             boolean     NOT NULL,
    facility_name        text        NOT NULL,
    facility_country     char(3)     NOT NULL,
    latitude             double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude            double precision CHECK (longitude BETWEEN -180 AND 180),
    occurred_at          timestamptz NOT NULL,
    kind                 text        NOT NULL,
    substances           text,
    estimated_release_m3 double precision CHECK (estimated_release_m3 >= 0),
    river                text,
    crossing             text,
    km_to_border         double precision CHECK (km_to_border >= 0),
    eta_hours_min        double precision CHECK (eta_hours_min >= 0),
    eta_hours_max        double precision CHECK (eta_hours_max >= 0),
    measures             text,
    contact              text,
    receipt_url          text        NOT NULL,
    document             text        NOT NULL,
    received_at          timestamptz NOT NULL DEFAULT now(),
    acknowledged_by      text,
    acknowledged_at      timestamptz,
    acknowledgement_note text,
    -- NONE until acknowledged; PENDING while the acknowledgement has not reached the receipt URL; DELIVERED.
    receipt_state        text        NOT NULL DEFAULT 'NONE' CHECK (receipt_state IN ('NONE', 'PENDING', 'DELIVERED')),
    receipt_attempts     integer     NOT NULL DEFAULT 0,
    receipt_error        text,
    receipt_delivered_at timestamptz,
    version              integer     NOT NULL DEFAULT 0,
    UNIQUE (sender_country, number, report_type)
);

CREATE INDEX incoming_notification_pending ON incoming_notification (id) WHERE receipt_state = 'PENDING';
