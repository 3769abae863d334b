--liquibase formatted sql

--changeset brandcloud:tenant-004-account-state
-- Accounts that existed before e-mail verification count as verified.
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMPTZ;
UPDATE users SET email_verified_at = created_at;
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TIMESTAMPTZ;
-- Sessions started before this instant are void ("log out everywhere", password changes).
ALTER TABLE users ADD COLUMN sessions_valid_after TIMESTAMPTZ;

--changeset brandcloud:tenant-004-account-tokens
-- Single-use secrets sent by e-mail; only their SHA-256 is kept.
CREATE TABLE account_tokens (
  id         BIGSERIAL PRIMARY KEY,
  user_id    BIGINT      NOT NULL REFERENCES users (id),
  purpose    VARCHAR(24) NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
  token_hash CHAR(64)    NOT NULL UNIQUE,
  code_hash  CHAR(64),
  attempts   INTEGER     NOT NULL DEFAULT 0,
  expires_at TIMESTAMPTZ NOT NULL,
  used_at    TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);

--changeset brandcloud:tenant-004-ip-throttle
-- Failed logins per client address, so guessing across many accounts is slowed too.
CREATE TABLE login_failures_by_ip (
  ip             VARCHAR(64) PRIMARY KEY,
  failures       INTEGER     NOT NULL,
  last_failed_at TIMESTAMPTZ NOT NULL,
  locked_until   TIMESTAMPTZ
);

--changeset brandcloud:tenant-004-mail-outbox
-- Mail is written here in the transaction that causes it and delivered afterwards: never lost when
-- SMTP is down, never sent for a rolled-back transaction.
CREATE TABLE mail_outbox (
  id              BIGSERIAL PRIMARY KEY,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body            TEXT          NOT NULL,
  status          VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'LOCAL')),
  attempts        INTEGER       NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  last_error      VARCHAR(1000),
  created_at      TIMESTAMPTZ   NOT NULL,
  sent_at         TIMESTAMPTZ
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_recent ON mail_outbox (created_at DESC);
