--liquibase formatted sql

--changeset brandcloud:tenant-096-invoice-tax-jurisdiction
-- What the tax report (issue 41) groups sales by, fixed when an invoice is issued: the customer's country then (it may
-- change later) and how tax was treated: charged, reverse-charged (the customer accounts for it), exempt, or none due
-- (no rule for the country). Invoices issued before are read from their customer and the note they were issued with.
ALTER TABLE invoices
  ADD COLUMN tax_country   CHAR(2)     CHECK (tax_country ~ '^[A-Z]{2}$'),
  ADD COLUMN tax_treatment VARCHAR(16) CHECK (tax_treatment IN ('TAXED', 'REVERSE_CHARGE', 'EXEMPT', 'UNTAXED'));
UPDATE invoices i
   SET tax_country = o.country,
       tax_treatment = CASE WHEN EXISTS (SELECT 1 FROM invoice_taxes t WHERE t.invoice_id = i.id) THEN 'TAXED'
                            WHEN i.tax_note LIKE 'Reverse charge%' THEN 'REVERSE_CHARGE'
                            WHEN i.tax_note LIKE 'Tax exempt%' THEN 'EXEMPT'
                            ELSE 'UNTAXED' END
  FROM organisations o
 WHERE o.id = i.organisation_id AND i.status <> 'DRAFT';
ALTER TABLE invoices ADD CONSTRAINT invoices_tax_treatment_when_issued
  CHECK ((tax_treatment IS NULL) = (status = 'DRAFT'));
CREATE INDEX invoices_issued_at ON invoices (issued_at) WHERE status <> 'DRAFT';
CREATE INDEX credit_notes_issued_at ON credit_notes (issued_at);
