--liquibase formatted sql

--changeset brandcloud:tenant-048-subscription-invoices
-- Subscriptions are invoiced per term, with tax: an invoice is USAGE (the month's hourly servers, as before) or
-- SUBSCRIPTION (one term of one subscription). A term's invoice is OPEN until the wallet pays it and VOID (with a
-- credit note) when the subscription ends unpaid; usage invoices are prepaid, so PAID when issued. The source
-- reference names the term the invoice is for, so a term is invoiced once however often renewal runs.
ALTER TABLE invoices ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'USAGE'
  CHECK (kind IN ('USAGE', 'SUBSCRIPTION'));
ALTER TABLE invoices ADD COLUMN status VARCHAR(8) NOT NULL DEFAULT 'PAID'
  CHECK (status IN ('OPEN', 'PAID', 'VOID'));
ALTER TABLE invoices ADD COLUMN due_on DATE;
ALTER TABLE invoices ADD COLUMN paid_at TIMESTAMPTZ;
ALTER TABLE invoices ADD COLUMN subscription_id BIGINT REFERENCES subscriptions (id);
ALTER TABLE invoices ADD COLUMN source_reference VARCHAR(200) UNIQUE;
UPDATE invoices SET paid_at = issued_at;
ALTER TABLE invoices DROP CONSTRAINT invoices_customer_id_period_start_key;
CREATE UNIQUE INDEX invoices_usage_period ON invoices (organisation_id, period_start) WHERE kind = 'USAGE';
CREATE INDEX invoices_subscription ON invoices (subscription_id) WHERE subscription_id IS NOT NULL;
CREATE INDEX invoices_open ON invoices (organisation_id) WHERE status = 'OPEN';
ALTER TABLE invoices ADD CONSTRAINT invoices_subscription_term
  CHECK (kind = 'USAGE' OR (subscription_id IS NOT NULL AND source_reference IS NOT NULL));
ALTER TABLE invoices ADD CONSTRAINT invoices_paid_when
  CHECK ((status = 'PAID') = (paid_at IS NOT NULL));
