--liquibase formatted sql

--changeset brandcloud:tenant-014-credit-notes
-- Corrections of issued invoices, numbered without gaps in their own series (CN-2026-000001).
CREATE TABLE credit_note_counters (
  year        INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL
);

CREATE TABLE credit_notes (
  id                BIGSERIAL PRIMARY KEY,
  number            VARCHAR(32)    NOT NULL UNIQUE,
  invoice_id        BIGINT         NOT NULL REFERENCES invoices (id),
  organisation_id   BIGINT         NOT NULL REFERENCES organisations (id),
  reason            VARCHAR(500)   NOT NULL,
  currency          CHAR(3)        NOT NULL,
  subtotal          NUMERIC(19, 2) NOT NULL CHECK (subtotal > 0),
  tax_total         NUMERIC(19, 2) NOT NULL CHECK (tax_total >= 0),
  total             NUMERIC(19, 2) NOT NULL,
  request_reference VARCHAR(100)   NOT NULL UNIQUE,
  issued_by         VARCHAR(254)   NOT NULL,
  issued_at         TIMESTAMPTZ    NOT NULL
);
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);
CREATE INDEX credit_notes_organisation ON credit_notes (organisation_id, issued_at);
