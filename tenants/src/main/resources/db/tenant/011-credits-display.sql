--liquibase formatted sql

--changeset brandcloud:tenant-011-credits-display
-- Show customers balances and prices as credits (100 credits = 1.00 of the currency).
ALTER TABLE tenant_settings ADD COLUMN display_credits BOOLEAN NOT NULL DEFAULT FALSE;
