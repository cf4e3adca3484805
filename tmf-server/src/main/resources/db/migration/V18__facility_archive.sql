-- Archive instead of delete (docs/security.md): a facility that assessments, programme measures or working-group
-- decisions and action items refer to is archived, never deleted, and the database itself refuses to delete it
-- instead of deleting those records with it (they cascaded before). Ratings and transboundary results are computed
-- from the facility and still go with it. Codes of deleted facilities are kept so that they are not generated again.

ALTER TABLE facility
    ADD COLUMN archived_at TIMESTAMPTZ,
    ADD COLUMN archived_by TEXT,
    ADD CONSTRAINT facility_archived_by_whom CHECK ((archived_at IS NULL) = (archived_by IS NULL));

ALTER TABLE assessment
    DROP CONSTRAINT assessment_facility_id_fkey,
    ADD CONSTRAINT assessment_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facility (id) ON DELETE RESTRICT;

ALTER TABLE programme_item
    DROP CONSTRAINT programme_item_facility_id_fkey,
    ADD CONSTRAINT programme_item_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facility (id)
        ON DELETE RESTRICT;

ALTER TABLE wg_decision_facility
    DROP CONSTRAINT wg_decision_facility_facility_id_fkey,
    ADD CONSTRAINT wg_decision_facility_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facility (id)
        ON DELETE RESTRICT;

ALTER TABLE wg_action
    DROP CONSTRAINT wg_action_facility_id_fkey,
    ADD CONSTRAINT wg_action_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facility (id) ON DELETE RESTRICT;

-- The checks before a deletion (and the foreign keys' own) look these up by facility.
CREATE INDEX wg_decision_facility_facility ON wg_decision_facility (facility_id);
CREATE INDEX wg_action_facility ON wg_action (facility_id) WHERE facility_id IS NOT NULL;

ALTER TABLE audit_event
    DROP CONSTRAINT audit_event_action_check,
    ADD CONSTRAINT audit_event_action_check CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'ARCHIVE', 'RESTORE'));

-- Codes that a facility gave up (deleted, or changed to another code). Generated codes skip them; a code given by
-- hand may still take one, since nothing refers to a deleted facility any more.
CREATE TABLE facility_code_retired (
    code        TEXT PRIMARY KEY,
    retired_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION facility_code_retire() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO facility_code_retired (code) VALUES (OLD.code) ON CONFLICT (code) DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER facility_code_retired_on_delete
    AFTER DELETE ON facility
    FOR EACH ROW EXECUTE FUNCTION facility_code_retire();

CREATE TRIGGER facility_code_retired_on_change
    AFTER UPDATE OF code ON facility
    FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION facility_code_retire();

-- The codes given up before this migration, from the audit trail.
INSERT INTO facility_code_retired (code)
SELECT DISTINCT before ->> 'code' FROM audit_event
 WHERE entity_type = 'facility' AND before ->> 'code' IS NOT NULL
   AND (action = 'DELETE' OR before ->> 'code' IS DISTINCT FROM after ->> 'code')
ON CONFLICT (code) DO NOTHING;
