--liquibase formatted sql

--changeset brandcloud:placement-001-due-flags
-- As platform-006 (work_due), platform-003 (mail_due) and platform-010 (mailbox_checks), without the foreign keys to
-- the tenants, which live on the main server only.
CREATE TABLE work_due (
  tenant_id BIGINT      NOT NULL,
  queue     VARCHAR(32) NOT NULL,
  due_at    TIMESTAMPTZ NOT NULL,
  version   BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, queue)
);
CREATE INDEX work_due_by_queue ON work_due (queue, due_at);

CREATE TABLE mail_due (
  tenant_id BIGINT      PRIMARY KEY,
  due_at    TIMESTAMPTZ NOT NULL,
  version   BIGINT      NOT NULL
);

CREATE TABLE mailbox_checks (
  tenant_id     BIGINT      PRIMARY KEY,
  next_check_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX mailbox_checks_due ON mailbox_checks (next_check_at);
