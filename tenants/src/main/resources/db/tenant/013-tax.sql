--liquibase formatted sql

--changeset brandcloud:tenant-013-tax-rules
-- The tenant's taxes by customer country (and region); see TaxPolicy for how they combine.
CREATE TABLE tax_rules (
  id             BIGSERIAL PRIMARY KEY,
  country        CHAR(2)       NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  region         VARCHAR(10)   CHECK (region ~ '^[A-Z0-9]{1,10}$'),
  name           VARCHAR(40)   NOT NULL,
  rate_percent   NUMERIC(7, 4) NOT NULL CHECK (rate_percent > 0 AND rate_percent <= 100),
  compound       BOOLEAN       NOT NULL DEFAULT FALSE,
  reverse_charge BOOLEAN       NOT NULL DEFAULT FALSE,
  position       INTEGER       NOT NULL DEFAULT 1 CHECK (position BETWEEN 1 AND 99)
);
CREATE UNIQUE INDEX tax_rules_name ON tax_rules (country, COALESCE(region, ''), name);

--changeset brandcloud:tenant-013-billing-details
-- Whom invoices are addressed to; only staff may mark a customer tax exempt.
ALTER TABLE organisations
  ADD COLUMN billing_address VARCHAR(500),
  ADD COLUMN country         CHAR(2)     CHECK (country ~ '^[A-Z]{2}$'),
  ADD COLUMN region          VARCHAR(10) CHECK (region ~ '^[A-Z0-9]{1,10}$'),
  ADD COLUMN tax_id          VARCHAR(32),
  ADD COLUMN tax_exempt      BOOLEAN     NOT NULL DEFAULT FALSE;

-- The seller as invoices print it: legal name, address, tax ids and a logo.
CREATE TABLE seller_profile (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  legal_name     VARCHAR(200),
  address        VARCHAR(500),
  tax_ids        VARCHAR(200),
  logo           BYTEA,
  logo_type      VARCHAR(20) CHECK (logo_type IN ('image/png', 'image/jpeg')),
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO seller_profile (id) VALUES (1);

--changeset brandcloud:tenant-013-invoice-taxes
-- Invoices keep what they were issued with: the customer as billed, the subtotal, taxes and a tax note.
ALTER TABLE invoices
  ADD COLUMN billed_to VARCHAR(900),
  ADD COLUMN subtotal  NUMERIC(19, 2),
  ADD COLUMN tax_total NUMERIC(19, 2) NOT NULL DEFAULT 0,
  ADD COLUMN tax_note  VARCHAR(300);
UPDATE invoices SET subtotal = total;
ALTER TABLE invoices ALTER COLUMN subtotal SET NOT NULL;

CREATE TABLE invoice_taxes (
  id           BIGSERIAL PRIMARY KEY,
  invoice_id   BIGINT         NOT NULL REFERENCES invoices (id),
  position     INTEGER        NOT NULL,
  name         VARCHAR(40)    NOT NULL,
  rate_percent NUMERIC(7, 4)  NOT NULL,
  compound     BOOLEAN        NOT NULL,
  amount       NUMERIC(19, 2) NOT NULL,
  UNIQUE (invoice_id, position)
);

-- Tax is charged to the prepaid wallet when the invoice is issued, one ledger row per invoice.
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_type_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_type_check
  CHECK (type IN ('TOP_UP', 'USAGE_CHARGE', 'REFUND', 'ADJUSTMENT', 'REVERSAL', 'TAX'));
