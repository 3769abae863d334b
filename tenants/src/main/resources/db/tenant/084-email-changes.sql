--liquibase formatted sql

--changeset brandcloud:tenant-084-email-changes
-- A user changes their login address (issue 42): a single-use link mailed to the new address confirms it, and the login
-- stays the old address until then. The token keeps the address it confirms (detail); nothing else uses detail.
ALTER TABLE account_tokens ADD COLUMN detail VARCHAR(254);
ALTER TABLE account_tokens DROP CONSTRAINT account_tokens_purpose_check;
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_purpose_check
  CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'));
