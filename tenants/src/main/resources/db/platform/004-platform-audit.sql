--liquibase formatted sql

--changeset brandcloud:platform-004-audit
-- Operators' actions, with the same shape as each tenant's audit_log.
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
