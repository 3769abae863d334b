--liquibase formatted sql

--changeset brandcloud:platform-006-work-due
-- Which tenants have outbox messages or server actions waiting, per queue, written in the same
-- transaction as the work itself: the dispatchers read one table instead of polling every schema.
CREATE TABLE work_due (
  tenant_id BIGINT      NOT NULL REFERENCES tenants (id),
  queue     VARCHAR(32) NOT NULL,
  due_at    TIMESTAMPTZ NOT NULL,
  -- bumped by every new piece of work, so a dispatcher never clears a flag it has not seen
  version   BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, queue)
);
CREATE INDEX work_due_by_queue ON work_due (queue, due_at);
