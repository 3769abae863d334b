--liquibase formatted sql

--changeset brandcloud:tenant-045-quotas
-- What organisations may order: the tenant's defaults (one row) and an organisation's own limits where staff set them.
-- NULL is no limit; an organisation with products_limited may order only the products listed for it.
CREATE TABLE quota_defaults (
  id                BOOLEAN        PRIMARY KEY DEFAULT TRUE CHECK (id),
  max_servers       INT            CHECK (max_servers >= 0),
  max_monthly_spend NUMERIC(19, 6) CHECK (max_monthly_spend >= 0),
  updated_at        TIMESTAMPTZ    NOT NULL
);
INSERT INTO quota_defaults (id, updated_at) VALUES (TRUE, now());

CREATE TABLE organisation_quotas (
  organisation_id   BIGINT         PRIMARY KEY REFERENCES organisations (id),
  max_servers       INT            CHECK (max_servers >= 0),
  max_monthly_spend NUMERIC(19, 6) CHECK (max_monthly_spend >= 0),
  products_limited  BOOLEAN        NOT NULL DEFAULT FALSE,
  updated_at        TIMESTAMPTZ    NOT NULL
);
CREATE TABLE organisation_quota_products (
  organisation_id BIGINT NOT NULL REFERENCES organisation_quotas (organisation_id),
  product_id      BIGINT NOT NULL REFERENCES products (id),
  PRIMARY KEY (organisation_id, product_id)
);
