-- Each programme measure gets a responsible person (an account) and a priority (issue 20). Measures taken before
-- keep no priority (null, shown as "not set") rather than one nobody chose.
ALTER TABLE programme_item
    ADD COLUMN responsible_user_id BIGINT REFERENCES app_user (id) ON DELETE SET NULL,
    ADD COLUMN priority TEXT CHECK (priority IN ('URGENT', 'IMPORTANT', 'ROUTINE'));
