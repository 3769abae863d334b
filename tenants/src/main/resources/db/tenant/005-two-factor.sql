--liquibase formatted sql

--changeset brandcloud:tenant-005-two-factor
-- The TOTP seed is encrypted (AES-GCM, key outside the database). last_step stops a code from being
-- used twice.
CREATE TABLE user_totp (
  user_id          BIGINT      PRIMARY KEY REFERENCES users (id),
  secret_encrypted BYTEA       NOT NULL,
  confirmed_at     TIMESTAMPTZ,
  last_step        BIGINT,
  created_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE recovery_codes (
  id        BIGSERIAL PRIMARY KEY,
  user_id   BIGINT      NOT NULL REFERENCES users (id),
  code_hash CHAR(64)    NOT NULL,
  used_at   TIMESTAMPTZ,
  UNIQUE (user_id, code_hash)
);

ALTER TABLE tenant_settings ADD COLUMN staff_two_factor_required BOOLEAN NOT NULL DEFAULT FALSE;
