-- Accounts, organisation membership, personal API tokens, publication flag and the audit trail.

ALTER TABLE facility ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX facility_published_idx ON facility (published) WHERE published;

CREATE TABLE app_user (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        TEXT        NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name    TEXT        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    email           TEXT        CHECK (length(email) <= 320),
    password_hash   TEXT        NOT NULL,
    role            TEXT        NOT NULL CHECK (role IN ('ADMIN', 'AUTHORITY', 'INSPECTOR', 'OPERATOR')),
    enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_logins   INTEGER     NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    version         INTEGER     NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_unique UNIQUE (username)
);

CREATE TABLE user_organisation (
    user_id         BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (user_id, organisation_id)
);

CREATE TABLE api_token (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    token_hash   TEXT        NOT NULL,
    token_prefix TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);

-- Append-only record of every change: who, when, what, before and after.
CREATE TABLE audit_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor       TEXT        NOT NULL,
    entity_type TEXT        NOT NULL,
    entity_id   BIGINT,
    action      TEXT        NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    before      JSONB,
    after       JSONB
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, id);

-- The database itself refuses to change or remove audit rows, whoever asks.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
