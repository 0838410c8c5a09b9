-- Browser sessions kept on the server (issue 20): the cookie holds a random id, this table only its
-- SHA-256, so that disabling a user, resetting a password or logging out ends a session at once on
-- every instance that shares the store. Each session has its own CSRF token.
CREATE TABLE web_session (
    id_hash     VARCHAR(64)              PRIMARY KEY,
    username    VARCHAR(100)             NOT NULL,
    csrf        VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_session_username ON web_session (username);

-- Failed logins are counted per user name and source address, not per name alone: a stranger's
-- wrong passwords no longer lock the account for everyone else (issue 20).
DROP TABLE login_failure;
CREATE TABLE login_failure (
    attempt_key  VARCHAR(200)             PRIMARY KEY,
    failures     INTEGER                  NOT NULL,
    first_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
