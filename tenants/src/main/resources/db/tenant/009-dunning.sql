--liquibase formatted sql

--changeset brandcloud:tenant-009-dunning
-- An organisation whose balance went below zero is in debt from this moment until a top-up covers it.
ALTER TABLE wallets ADD COLUMN in_debt_since TIMESTAMPTZ;
ALTER TABLE servers ADD COLUMN suspended_at TIMESTAMPTZ;
-- After the grace period a debtor's servers are suspended, after the retention period deleted.
ALTER TABLE tenant_settings ADD COLUMN grace_hours INTEGER NOT NULL DEFAULT 72
  CHECK (grace_hours BETWEEN 0 AND 8760);
ALTER TABLE tenant_settings ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 14
  CHECK (retention_days BETWEEN 1 AND 365);
