-- Failed sign-ins per account name and client address (issue 16): guessing is throttled per address and account,
-- instead of a hard lock of the account that anybody who knows a user name could trigger. Shared by all server
-- nodes; administrators see the failures. Rows older than 30 days are removed as new failures arrive.
CREATE TABLE login_failure (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username  VARCHAR(200) NOT NULL,
    address   VARCHAR(100) NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX login_failure_account_address ON login_failure (username, address, failed_at);
CREATE INDEX login_failure_address ON login_failure (address, failed_at);
CREATE INDEX login_failure_time ON login_failure (failed_at);

ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until;
