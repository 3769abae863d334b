--liquibase formatted sql

--changeset brandcloud:tenant-073-staff-credits
-- A credit staff give by hand (goodwill, a correction) is not a payment: it gets a type of its own, so
-- that "top-ups this month" counts money customers paid in, and the dashboard subtracts what went back
-- to their cards, by time, as it adds the top-ups (issue 40).
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_type_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_type_check
  CHECK (type IN ('TOP_UP', 'CREDIT', 'USAGE_CHARGE', 'REFUND', 'ADJUSTMENT', 'REVERSAL', 'TAX', 'DISPUTE',
                  'SUBSCRIPTION', 'INVOICE'));
UPDATE ledger_entries SET type = 'CREDIT' WHERE type = 'TOP_UP' AND reference LIKE 'credit:%';
DROP INDEX ledger_entries_top_ups;
CREATE INDEX ledger_entries_paid_in ON ledger_entries (created_at) WHERE type IN ('TOP_UP', 'REFUND');
