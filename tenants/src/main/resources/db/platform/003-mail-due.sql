--liquibase formatted sql

--changeset brandcloud:platform-003-mail-due
-- Which tenants have mail waiting, written with the tenant's outbox row: the dispatcher reads one
-- table instead of polling every schema.
CREATE TABLE mail_due (
  tenant_id BIGINT      PRIMARY KEY REFERENCES tenants (id),
  due_at    TIMESTAMPTZ NOT NULL,
  -- bumped by every new mail, so the dispatcher never clears a flag it has not seen
  version   BIGINT      NOT NULL
);
