--liquibase formatted sql

--changeset brandcloud:tenant-093-billing-record-retention
-- How many years a tenant keeps the name and address its invoices were billed to (issue 42): the law where the shop
-- trades asks for them for years (ten in Germany); once that many years passed since an invoice of a closed
-- organisation was issued, the nightly retention job removes them from it. The amounts stay: they name nobody.
ALTER TABLE tenant_settings ADD COLUMN billing_retention_years INTEGER NOT NULL DEFAULT 10
  CHECK (billing_retention_years BETWEEN 5 AND 30);
