--liquibase formatted sql

--changeset brandcloud:tenant-012-invoice-payments
-- Top-ups received in the invoice's period, listed as payments (prepaid: they do not change the total).
CREATE TABLE invoice_payments (
  id          BIGSERIAL PRIMARY KEY,
  invoice_id  BIGINT         NOT NULL REFERENCES invoices (id),
  position    INTEGER        NOT NULL,
  paid_on     DATE           NOT NULL,
  description VARCHAR(500)   NOT NULL,
  amount      NUMERIC(19, 2) NOT NULL,
  UNIQUE (invoice_id, position)
);
