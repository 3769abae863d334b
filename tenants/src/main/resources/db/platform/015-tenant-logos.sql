--liquibase formatted sql

--changeset brandcloud:platform-015-tenant-logos
-- The logo a tenant's admin uploads on the Brand page, stored as the PNG the panel made of it and
-- served by the panel itself (so the portal's Content-Security-Policy allows it); the tenant's
-- logo_url then names it by its digest, so a new logo is a new address and browsers may keep one
-- for good (issue 40).
CREATE TABLE tenant_logos (
  tenant_id   BIGINT      PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  content     BYTEA       NOT NULL,
  digest      CHAR(64)    NOT NULL,
  width       INTEGER     NOT NULL CHECK (width > 0),
  height      INTEGER     NOT NULL CHECK (height > 0),
  uploaded_at TIMESTAMPTZ NOT NULL
);

--changeset brandcloud:platform-015-no-http-logos
-- A logo address over plain http never showed (the portal loads images over https only) and is no
-- longer accepted: the product name stands alone until an operator or the tenant's admin sets one.
UPDATE tenants SET logo_url = NULL WHERE logo_url LIKE 'http://%';
