--liquibase formatted sql

--changeset brandcloud:tenant-078-ledger-wording
-- What the system writes on a ledger row is kept as a wording and its values as well as in English (issue 40,
-- defect 8), so that pages and statements say it in the reader's language: a German customer reads "Aufladung über
-- Stripe", not "Top-up by Stripe". Staff's own reasons have no wording and stay as written. An invoice lists the
-- period's top-ups as their rows said them, so it keeps their wording too. The rows written before get the wording
-- their English text was made from; hourly server charges need none, pages show them by server and hour.
ALTER TABLE ledger_entries ADD COLUMN wording VARCHAR(32);
ALTER TABLE ledger_entries ADD COLUMN wording_values TEXT;
ALTER TABLE invoice_payments ADD COLUMN wording VARCHAR(32);
ALTER TABLE invoice_payments ADD COLUMN wording_values TEXT;

UPDATE ledger_entries SET wording = 'TOP_UP',
  wording_values = json_build_array(CASE substring(description FROM '^Top-up by (.*)$')
    WHEN 'Test gateway' THEN 'test' WHEN 'Stripe' THEN 'stripe' WHEN 'PayPal' THEN 'paypal' END)::text
  WHERE type = 'TOP_UP' AND reference LIKE 'payment:%'
    AND substring(description FROM '^Top-up by (.*)$') IN ('Test gateway', 'Stripe', 'PayPal');
UPDATE ledger_entries SET wording = 'AUTO_TOP_UP',
  wording_values = json_build_array(CASE substring(description FROM '^Automatic top-up by (.*)$')
    WHEN 'Test gateway' THEN 'test' WHEN 'Stripe' THEN 'stripe' WHEN 'PayPal' THEN 'paypal' END)::text
  WHERE type = 'TOP_UP' AND reference LIKE 'payment:%'
    AND substring(description FROM '^Automatic top-up by (.*)$') IN ('Test gateway', 'Stripe', 'PayPal');
UPDATE ledger_entries SET wording = 'SNAPSHOT_HOUR',
  wording_values = json_build_array(substring(description FROM '^An hour of the snapshot (.*)$'))::text
  WHERE type = 'USAGE_CHARGE' AND reference LIKE 'snapshot:%' AND description LIKE 'An hour of the snapshot %';
UPDATE ledger_entries SET wording = 'VOLUME_HOUR',
  wording_values = json_build_array(substring(description FROM '^An hour of the volume (.*)$'))::text
  WHERE type = 'USAGE_CHARGE' AND reference LIKE 'volume:%' AND description LIKE 'An hour of the volume %';
UPDATE ledger_entries SET wording = 'ADDRESS_HOUR',
  wording_values = json_build_array(substring(description FROM '^An hour of the IPv4 address (.*)$'))::text
  WHERE type = 'USAGE_CHARGE' AND reference LIKE 'address:%' AND description LIKE 'An hour of the IPv4 address %';
UPDATE ledger_entries SET wording = 'TRANSFER',
  wording_values = json_build_array(substring(description FROM '^Transfer above the pool in (.*)$'))::text
  WHERE type = 'USAGE_CHARGE' AND reference LIKE 'transfer:%' AND description LIKE 'Transfer above the pool in %';
UPDATE ledger_entries SET wording = 'INVOICE_TAX',
  wording_values = json_build_array(substring(description FROM '^Tax on invoice (.*)$'))::text
  WHERE type = 'TAX' AND description LIKE 'Tax on invoice %';
UPDATE ledger_entries SET wording = 'INVOICE',
  wording_values = json_build_array(substring(description FROM '^Invoice (.*)$'))::text
  WHERE type = 'INVOICE' AND reference LIKE 'invoice:%' AND description LIKE 'Invoice %';
UPDATE ledger_entries SET wording = 'REFUND',
  wording_values = json_build_array(CASE m[1] WHEN 'Test gateway' THEN 'test' WHEN 'Stripe' THEN 'stripe'
    WHEN 'PayPal' THEN 'paypal' END, m[2])::text
  FROM (SELECT id AS row_id, regexp_match(description, '^Refund to (Test gateway|Stripe|PayPal) of payment ([0-9]+)$') AS m
        FROM ledger_entries WHERE type = 'REFUND' AND reference LIKE 'refund:%') parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET wording = 'DISPUTE',
  wording_values = json_build_array(CASE m[2] WHEN 'Test gateway' THEN 'test' WHEN 'Stripe' THEN 'stripe'
    WHEN 'PayPal' THEN 'paypal' END, m[1])::text
  FROM (SELECT id AS row_id, regexp_match(description, '^Disputed payment ([0-9]+) \((Test gateway|Stripe|PayPal)\)$') AS m
        FROM ledger_entries WHERE type = 'DISPUTE' AND reference LIKE 'dispute:%') parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET wording = 'CREDIT_NOTE',
  wording_values = json_build_array(m[1], m[2], m[3])::text
  FROM (SELECT id AS row_id, regexp_match(description, '^Credit note (\S+) for invoice (\S+): (.*)$') AS m
        FROM ledger_entries WHERE reference LIKE 'credit-note:%') parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET wording = 'DISPUTE_WON',
  wording_values = json_build_array(split_part(reference, ':', 2),
    substring(description FROM '^Dispute won for payment ([0-9]+)$'))::text
  WHERE type = 'DISPUTE' AND reference LIKE 'dispute-won:%' AND description ~ '^Dispute won for payment [0-9]+$';
UPDATE invoice_payments SET wording = 'TOP_UP',
  wording_values = json_build_array(CASE substring(description FROM '^Top-up by (.*)$')
    WHEN 'Test gateway' THEN 'test' WHEN 'Stripe' THEN 'stripe' WHEN 'PayPal' THEN 'paypal' END)::text
  WHERE substring(description FROM '^Top-up by (.*)$') IN ('Test gateway', 'Stripe', 'PayPal');
UPDATE invoice_payments SET wording = 'AUTO_TOP_UP',
  wording_values = json_build_array(CASE substring(description FROM '^Automatic top-up by (.*)$')
    WHEN 'Test gateway' THEN 'test' WHEN 'Stripe' THEN 'stripe' WHEN 'PayPal' THEN 'paypal' END)::text
  WHERE substring(description FROM '^Automatic top-up by (.*)$') IN ('Test gateway', 'Stripe', 'PayPal');
