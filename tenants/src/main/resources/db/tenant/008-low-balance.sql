--liquibase formatted sql

--changeset brandcloud:tenant-008-low-balance
-- Customers are warned when their balance covers fewer hours of their running servers than this.
ALTER TABLE tenant_settings ADD COLUMN low_balance_hours INTEGER NOT NULL DEFAULT 24
  CHECK (low_balance_hours BETWEEN 1 AND 8760);
-- At most one warning a day per wallet.
ALTER TABLE wallets ADD COLUMN low_balance_warned_at TIMESTAMPTZ;
