--liquibase formatted sql

--changeset brandcloud:tenant-079-subscription-ledger-wording
-- The rows subscriptions, reversals and the backup remedy write keep a wording too (issue 40, defect 8): a German
-- customer reads "Managed WordPress, monatliche Laufzeit ab 01.12.2026", "Steuer auf …", "Storno von Aufladung über
-- Stripe: …". A value may be a wording of its own (a JSON object), as the tax names the term it taxes. Rows written
-- before get the wording their English was made from; a reversal takes its top-up's wording and keeps the reason
-- staff typed as written.
UPDATE ledger_entries SET wording = CASE WHEN m[4] IS NULL THEN 'TERM' ELSE 'TERM_WITH_SETUP_FEE' END,
  wording_values = json_build_array(m[1], m[2], m[3])::text
  FROM (SELECT id AS row_id, regexp_match(description,
          '^(.*), (monthly|quarterly|semi_annual|annual|biennial) term from ([0-9]{4}-[0-9]{2}-[0-9]{2})( with its set-up fee)?$') AS m
        FROM ledger_entries WHERE reference LIKE 'sub:%:term' AND wording IS NULL) parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET wording = 'TAX_ON',
  wording_values = json_build_array(json_build_object(
    'english', substring(description FROM 8),
    'wording', CASE WHEN m[4] IS NULL THEN 'TERM' ELSE 'TERM_WITH_SETUP_FEE' END,
    'values', json_build_array(m[1], m[2], m[3])))::text
  FROM (SELECT id AS row_id, regexp_match(description,
          '^Tax on (.*), (monthly|quarterly|semi_annual|annual|biennial) term from ([0-9]{4}-[0-9]{2}-[0-9]{2})( with its set-up fee)?$') AS m
        FROM ledger_entries WHERE type = 'TAX' AND reference LIKE 'tax:sub:%' AND wording IS NULL) parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET wording = CASE m[1] WHEN 'Coupon' THEN 'COUPON' ELSE 'COUPONS' END,
  wording_values = json_build_array(m[2], m[3], m[4])::text
  FROM (SELECT id AS row_id, regexp_match(description,
          '^(Coupons?) (\S+(?:, \S+)*) on (.*), term from ([0-9]{4}-[0-9]{2}-[0-9]{2})$') AS m
        FROM ledger_entries WHERE reference LIKE 'sub:%:discount' AND wording IS NULL) parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET wording = 'TERM_CREDIT',
  wording_values = json_build_array(m[1], m[2])::text
  FROM (SELECT id AS row_id, regexp_match(description,
          '^(.*): the unused part of the term to ([0-9]{4}-[0-9]{2}-[0-9]{2}) given back$') AS m
        FROM ledger_entries WHERE reference LIKE 'sub:%:credit' AND wording IS NULL) parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET
  wording_values = json_build_array(m[1], m[2], json_build_object(
    'english', m[3] || ': the unused part of the term to ' || m[4] || ' given back',
    'wording', 'TERM_CREDIT',
    'values', json_build_array(m[3], m[4])))::text
  FROM (SELECT id AS row_id, regexp_match(description,
          '^Credit note (\S+) for invoice (\S+): (.*): the unused part of the term to ([0-9]{4}-[0-9]{2}-[0-9]{2}) given back$') AS m
        FROM ledger_entries WHERE reference LIKE 'credit-note:%' AND wording = 'CREDIT_NOTE') parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET
  wording_values = json_build_array(m[1], m[2], json_build_object(
    'english', 'Backups billed but never switched on', 'wording', 'BACKUPS_NEVER_ON', 'values', json_build_array()))::text
  FROM (SELECT id AS row_id, regexp_match(description,
          '^Credit note (\S+) for invoice (\S+): Backups billed but never switched on$') AS m
        FROM ledger_entries WHERE reference LIKE 'credit-note:%' AND wording = 'CREDIT_NOTE') parsed
  WHERE ledger_entries.id = parsed.row_id AND parsed.m IS NOT NULL;
UPDATE ledger_entries SET wording = 'BACKUPS_GIVEN_BACK',
  wording_values = json_build_array(substring(description FROM
    '^Backups billed but never switched on in ([0-9]{4}-[0-9]{2}): given back$'))::text
  WHERE reference LIKE 'backup-remedy:%' AND wording IS NULL
    AND description ~ '^Backups billed but never switched on in [0-9]{4}-[0-9]{2}: given back$';
UPDATE ledger_entries reversal SET wording = 'REVERSAL',
  wording_values = json_build_array(
    CASE WHEN original.wording IS NULL THEN to_json(original.description)
      ELSE json_build_object('english', original.description, 'wording', original.wording,
        'values', original.wording_values::json) END,
    substring(reversal.description FROM length('Reversal of ' || original.description || ': ') + 1))::text
  FROM ledger_entries original
  WHERE reversal.type = 'REVERSAL' AND reversal.wording IS NULL
    AND reversal.reference = 'reversal:' || original.id
    AND starts_with(reversal.description, 'Reversal of ' || original.description || ': ');
