--liquibase formatted sql

--changeset brandcloud:tenant-080-invoice-line-wording
-- An invoice's lines keep a wording too (issue 40, defect 8), so that a German customer's invoice reads
-- "web-1 (Small), 744 Std.", "Managed WordPress, monatliche Laufzeit 01.12.2026 bis 31.12.2026", "Gutschein SPRING",
-- "Datenvolumen über dem Kontingent, 12,5 GB"; lines staff wrote have none and stay as written. Lines written before
-- get the wording their English was made from: a server's line names its plan, or in its place the server's
-- snapshots, a volume or an extra address (a plan of that name, or a plan renamed since, reads as a plan).
ALTER TABLE invoice_lines ADD COLUMN wording VARCHAR(32);
ALTER TABLE invoice_lines ADD COLUMN wording_values TEXT;

UPDATE invoice_lines SET wording = 'SERVER_LINE', wording_values = json_build_array(m[1], m[2], m[3])::text
  FROM (SELECT l.id AS line_id, regexp_match(l.description, '^(\S+) \((.*)\), ([0-9]+) h$') AS m
        FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        WHERE i.kind = 'USAGE' AND l.server_id IS NOT NULL AND l.wording IS NULL) parsed
  WHERE invoice_lines.id = parsed.line_id AND EXISTS (SELECT 1 FROM plans p WHERE p.name = m[2]);
UPDATE invoice_lines SET wording = 'SNAPSHOTS_LINE', wording_values = json_build_array(m[1], m[3])::text
  FROM (SELECT l.id AS line_id, regexp_match(l.description, '^(\S+) \((.*)\), ([0-9]+) h$') AS m
        FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        WHERE i.kind = 'USAGE' AND l.server_id IS NOT NULL AND l.wording IS NULL) parsed
  WHERE invoice_lines.id = parsed.line_id AND m[2] = 'snapshots';
UPDATE invoice_lines SET wording = 'VOLUME_LINE',
  wording_values = json_build_array(m[1], substring(m[2] FROM 8), m[3])::text
  FROM (SELECT l.id AS line_id, regexp_match(l.description, '^(\S+) \((.*)\), ([0-9]+) h$') AS m
        FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        WHERE i.kind = 'USAGE' AND l.server_id IS NOT NULL AND l.wording IS NULL) parsed
  WHERE invoice_lines.id = parsed.line_id AND m[2] LIKE 'volume %';
UPDATE invoice_lines SET wording = 'ADDRESS_LINE',
  wording_values = json_build_array(m[1], substring(m[2] FROM 14), m[3])::text
  FROM (SELECT l.id AS line_id, regexp_match(l.description, '^(\S+) \((.*)\), ([0-9]+) h$') AS m
        FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        WHERE i.kind = 'USAGE' AND l.server_id IS NOT NULL AND l.wording IS NULL) parsed
  WHERE invoice_lines.id = parsed.line_id AND m[2] LIKE 'IPv4 address %';
UPDATE invoice_lines SET wording = 'SERVER_LINE', wording_values = json_build_array(m[1], m[2], m[3])::text
  FROM (SELECT l.id AS line_id, regexp_match(l.description, '^(\S+) \((.*)\), ([0-9]+) h$') AS m
        FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        WHERE i.kind = 'USAGE' AND l.server_id IS NOT NULL AND l.wording IS NULL) parsed
  WHERE invoice_lines.id = parsed.line_id AND m IS NOT NULL;

UPDATE invoice_lines SET wording = 'TRANSFER_LINE',
  wording_values = json_build_array(substring(description FROM '^Transfer above the pool, ([0-9.]+) GB$'))::text
  FROM invoices i WHERE i.id = invoice_lines.invoice_id AND i.kind = 'USAGE' AND invoice_lines.server_id IS NULL
    AND description ~ '^Transfer above the pool, [0-9.]+ GB$';

UPDATE invoice_lines SET wording = 'TERM_LINE', wording_values = json_build_array(m[1], m[2], m[3], m[4])::text
  FROM (SELECT l.id AS line_id, regexp_match(l.description,
          '^(.*), (monthly|quarterly|semi_annual|annual|biennial) term ([0-9]{4}-[0-9]{2}-[0-9]{2}) to ([0-9]{4}-[0-9]{2}-[0-9]{2})$') AS m
        FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.kind = 'SUBSCRIPTION') parsed
  WHERE invoice_lines.id = parsed.line_id AND parsed.m IS NOT NULL;
UPDATE invoice_lines SET wording = 'SETUP_FEE_LINE',
  wording_values = json_build_array(substring(description FROM '^(.*), set-up fee$'))::text
  FROM invoices i WHERE i.id = invoice_lines.invoice_id AND i.kind = 'SUBSCRIPTION'
    AND invoice_lines.wording IS NULL AND description LIKE '%, set-up fee';
UPDATE invoice_lines SET wording = 'COUPON_LINE',
  wording_values = json_build_array(substring(description FROM '^Coupon (\S+)$'))::text
  FROM invoices i WHERE i.id = invoice_lines.invoice_id AND i.kind = 'SUBSCRIPTION'
    AND invoice_lines.wording IS NULL AND description ~ '^Coupon \S+$';
