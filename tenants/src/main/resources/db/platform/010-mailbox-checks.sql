--liquibase formatted sql

--changeset brandcloud:platform-010-mailbox-checks
-- Which tenants have a support mailbox to read, and when next: written with the tenant's mailbox settings, so the
-- poller reads one table instead of every schema. A node claims a due row by moving next_check_at forward, so two
-- nodes never read one mailbox at once.
CREATE TABLE mailbox_checks (
  tenant_id     BIGINT      PRIMARY KEY REFERENCES tenants (id),
  next_check_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX mailbox_checks_due ON mailbox_checks (next_check_at);
