--liquibase formatted sql

--changeset brandcloud:tenant-050-manual-invoices
-- Staff bill one-off work with invoices of their own lines: a DRAFT has no number yet (numbers stay gapless: a
-- draft deleted never had one), is numbered when issued (OPEN), and is paid from the customer's wallet (an INVOICE
-- ledger row) or voided with a credit note.
ALTER TABLE invoices DROP CONSTRAINT invoices_kind_check;
ALTER TABLE invoices ADD CONSTRAINT invoices_kind_check CHECK (kind IN ('USAGE', 'SUBSCRIPTION', 'MANUAL'));
ALTER TABLE invoices DROP CONSTRAINT invoices_status_check;
ALTER TABLE invoices ADD CONSTRAINT invoices_status_check CHECK (status IN ('DRAFT', 'OPEN', 'PAID', 'VOID'));
ALTER TABLE invoices ALTER COLUMN number DROP NOT NULL;
ALTER TABLE invoices DROP CONSTRAINT invoices_subscription_term;
ALTER TABLE invoices ADD CONSTRAINT invoices_subscription_term
  CHECK (kind <> 'SUBSCRIPTION' OR (subscription_id IS NOT NULL AND source_reference IS NOT NULL));
ALTER TABLE invoices ADD CONSTRAINT invoices_numbered CHECK ((number IS NULL) = (status = 'DRAFT'));
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_type_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_type_check
  CHECK (type IN ('TOP_UP', 'USAGE_CHARGE', 'REFUND', 'ADJUSTMENT', 'REVERSAL', 'TAX', 'DISPUTE', 'SUBSCRIPTION',
                  'INVOICE'));
