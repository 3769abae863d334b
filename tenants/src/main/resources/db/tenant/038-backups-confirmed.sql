--liquibase formatted sql

--changeset brandcloud:tenant-038-backups-confirmed
-- The backup add-on is billed only while the provider has confirmed backups are on: servers.backup says the customer
-- asked for it, backup_confirmed_at when the provider switched it on (NULL: not on, not billed).
ALTER TABLE servers ADD COLUMN backup_confirmed_at TIMESTAMPTZ;
-- The simulator keeps whether a server's backups are on, as a provider does.
ALTER TABLE simulator_servers ADD COLUMN backups BOOLEAN NOT NULL DEFAULT FALSE;
-- One-off corrections of what was billed, each done once per tenant (the name is the key), with what it did.
CREATE TABLE billing_remedies (
  name    VARCHAR(64)   PRIMARY KEY,
  done_at TIMESTAMPTZ   NOT NULL,
  summary VARCHAR(2000) NOT NULL
);
