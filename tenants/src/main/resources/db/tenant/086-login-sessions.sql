--liquibase formatted sql

--changeset brandcloud:tenant-086-login-sessions
-- Where a user is logged in (issue 42): one row per browser login, so the account page can list the device, address and
-- last activity of each and end one. valid_from follows the login's own start (renewed when its owner changes the
-- password in it), which the per-user "sessions valid after" is compared with; ended_at is set by logging out or by
-- ending it from elsewhere. last_seen_at is written at most every few minutes, not on every request. The nightly
-- retention purge deletes rows past the tenant's retention for login records (088).
CREATE TABLE login_sessions (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device VARCHAR(120),
  address VARCHAR(45),
  started_at TIMESTAMPTZ NOT NULL,
  valid_from TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  ended_at TIMESTAMPTZ
);
CREATE INDEX login_sessions_user ON login_sessions (user_id, last_seen_at DESC);

-- The same for API keys: from where and with what client a key was last used, beside last_used_at.
ALTER TABLE api_keys ADD COLUMN last_used_address VARCHAR(45);
ALTER TABLE api_keys ADD COLUMN last_used_device VARCHAR(120);
