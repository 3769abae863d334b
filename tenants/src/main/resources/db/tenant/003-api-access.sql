--liquibase formatted sql

--changeset brandcloud:tenant-003-settings
-- One row of tenant-wide settings that the reseller's admins change themselves.
CREATE TABLE tenant_settings (
  id                      INTEGER PRIMARY KEY CHECK (id = 1),
  api_requests_per_minute INTEGER NOT NULL DEFAULT 100 CHECK (api_requests_per_minute BETWEEN 1 AND 100000),
  updated_at              TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO tenant_settings (id) VALUES (1);

--changeset brandcloud:tenant-003-api-keys
-- Only a SHA-256 of the secret is kept; the prefix finds the row without revealing the secret.
CREATE TABLE api_keys (
  id           BIGSERIAL PRIMARY KEY,
  user_id      BIGINT       NOT NULL REFERENCES users (id),
  name         VARCHAR(120) NOT NULL,
  prefix       VARCHAR(16)  NOT NULL UNIQUE,
  secret_hash  CHAR(64)     NOT NULL,
  scopes       VARCHAR(500) NOT NULL,
  expires_at   TIMESTAMPTZ,
  created_at   TIMESTAMPTZ  NOT NULL,
  last_used_at TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_keys_user ON api_keys (user_id, created_at);

--changeset brandcloud:tenant-003-idempotency
-- The first answer to a POST carrying an Idempotency-Key; status stays NULL while it is being made.
CREATE TABLE idempotency_records (
  id              BIGSERIAL PRIMARY KEY,
  principal       VARCHAR(100)  NOT NULL,
  idempotency_key VARCHAR(255)  NOT NULL,
  request_hash    CHAR(64)      NOT NULL,
  status          INTEGER,
  body            TEXT,
  created_at      TIMESTAMPTZ   NOT NULL,
  UNIQUE (principal, idempotency_key)
);
CREATE INDEX idempotency_records_age ON idempotency_records (created_at);

--changeset brandcloud:tenant-003-audit
-- Append-only: who did what, when and from where.
CREATE TABLE audit_log (
  id          BIGSERIAL PRIMARY KEY,
  occurred_at TIMESTAMPTZ  NOT NULL,
  actor       VARCHAR(300) NOT NULL,
  action      VARCHAR(64)  NOT NULL,
  target      VARCHAR(300),
  details     VARCHAR(1000),
  ip          VARCHAR(64)
);
CREATE INDEX audit_log_time ON audit_log (occurred_at DESC);
CREATE INDEX audit_log_action ON audit_log (action, occurred_at DESC);
