--liquibase formatted sql

--changeset brandcloud:tenant-088-retention
-- How long a tenant keeps what it need not keep for ever (issue 42), in days; a nightly job deletes what is older and
-- writes what it deleted to the audit log. Files on tickets closed longer ago than attachment_retention_days go with
-- their contents; sent and failed mail older than mail_retention_days leaves the outbox (mail still waiting stays);
-- login records (browser sessions, by their last activity) go after login_retention_days; audit entries after
-- audit_retention_days. Invoices, credit notes, the ledger and payments are never purged here.
ALTER TABLE tenant_settings ADD COLUMN attachment_retention_days INTEGER NOT NULL DEFAULT 365
  CHECK (attachment_retention_days BETWEEN 30 AND 3650);
ALTER TABLE tenant_settings ADD COLUMN mail_retention_days INTEGER NOT NULL DEFAULT 90
  CHECK (mail_retention_days BETWEEN 7 AND 3650);
ALTER TABLE tenant_settings ADD COLUMN login_retention_days INTEGER NOT NULL DEFAULT 90
  CHECK (login_retention_days BETWEEN 7 AND 3650);
ALTER TABLE tenant_settings ADD COLUMN audit_retention_days INTEGER NOT NULL DEFAULT 730
  CHECK (audit_retention_days BETWEEN 30 AND 3650);
