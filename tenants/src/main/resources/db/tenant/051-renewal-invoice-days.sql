--liquibase formatted sql

--changeset brandcloud:tenant-051-renewal-invoice-days
-- How many days before a term ends its renewal is invoiced (open, due the day the term ends) so the customer can top
-- up in time; 0 invoices it the day it is due, as before.
ALTER TABLE tenant_settings ADD COLUMN renewal_invoice_days INT NOT NULL DEFAULT 0
  CHECK (renewal_invoice_days BETWEEN 0 AND 60);
