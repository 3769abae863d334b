--liquibase formatted sql

--changeset brandcloud:tenant-022-top-ups-by-time
-- The staff dashboard sums a month's top-ups across all wallets; usage charges outnumber top-ups by far, so only the
-- top-ups are indexed by time.
CREATE INDEX ledger_entries_top_ups ON ledger_entries (created_at) WHERE type = 'TOP_UP';
