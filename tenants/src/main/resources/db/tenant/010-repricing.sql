--liquibase formatted sql

--changeset brandcloud:tenant-010-repricing
-- A price change takes effect at the start of the next hour: hours before price_changed_at are
-- charged at previous_price.
ALTER TABLE servers ADD COLUMN previous_price NUMERIC(19, 6);
ALTER TABLE servers ADD COLUMN price_changed_at TIMESTAMPTZ;
-- Optional backup add-on, sold per plan at a monthly price and switched on per server.
ALTER TABLE plans ADD COLUMN backup_monthly_price NUMERIC(19, 6) CHECK (backup_monthly_price >= 0);
ALTER TABLE servers ADD COLUMN backup BOOLEAN NOT NULL DEFAULT FALSE;
