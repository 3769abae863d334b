--liquibase formatted sql

--changeset brandcloud:tenant-053-invoice-reminders
-- Open invoices are reminded of by mail: invoice_reminder_days before they are due, on the day and that many days
-- after (0: no reminders). A row per invoice and stage says a reminder went, so each goes once however often the
-- job runs.
ALTER TABLE tenant_settings ADD COLUMN invoice_reminder_days INT NOT NULL DEFAULT 3
  CHECK (invoice_reminder_days BETWEEN 0 AND 30);
CREATE TABLE invoice_reminders (
  invoice_id BIGINT NOT NULL REFERENCES invoices (id),
  stage VARCHAR(8) NOT NULL CHECK (stage IN ('BEFORE', 'DUE', 'OVERDUE')),
  sent_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (invoice_id, stage)
);
