-- Numbered after V100 (assignments): a store that has applied V100 refuses a lower new version.
-- Failed logins per user name, shared by every instance on the same store, so that the limit on
-- guessing holds however the requests are spread. Rows older than the window are purged.
CREATE TABLE login_failure (
    username  VARCHAR(100)             PRIMARY KEY,
    failures  INTEGER                  NOT NULL,
    first_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
