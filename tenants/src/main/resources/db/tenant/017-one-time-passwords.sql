--liquibase formatted sql

--changeset brandcloud:tenant-017-one-time-passwords
-- A password staff were handed (first admin, new staff) opens one page, where its holder chooses
-- their own, and only until it expires.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN password_expires_at TIMESTAMPTZ;

--changeset brandcloud:tenant-017-login-failures
-- Wrong passwords count per account and client address together, for known and unknown addresses
-- alike: a guesser locks only itself out, and the answer never tells whether an account exists.
CREATE TABLE login_failures (
  email          VARCHAR(254) NOT NULL,
  ip             VARCHAR(64)  NOT NULL,
  failures       INTEGER      NOT NULL,
  last_failed_at TIMESTAMPTZ  NOT NULL,
  locked_until   TIMESTAMPTZ,
  PRIMARY KEY (email, ip)
);
