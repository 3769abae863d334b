--liquibase formatted sql

--changeset brandcloud:tenant-091-closed-account-retention
-- How many days the data of a person who closed their account (their last organisation, and with it their login) is
-- kept before the nightly retention job erases them, as their own erasure would (issue 42).
ALTER TABLE tenant_settings ADD COLUMN closed_account_retention_days INTEGER NOT NULL DEFAULT 365
  CHECK (closed_account_retention_days BETWEEN 30 AND 3650);
