--liquibase formatted sql

--changeset brandcloud:tenant-044-licence-keys
-- The keys a licence product delivers, uploaded by staff and sealed with the tenant's key; an order takes the oldest
-- free one. A key is given once: it stays with its subscription after it ends. None left: the product is sold out.
CREATE TABLE licence_keys (
  id              BIGSERIAL   PRIMARY KEY,
  product_id      BIGINT      NOT NULL REFERENCES products (id),
  sealed_key      BYTEA       NOT NULL,
  -- the key's SHA-256, so that the same key cannot be uploaded twice without opening the others
  digest          CHAR(64)    NOT NULL,
  subscription_id BIGINT      UNIQUE REFERENCES subscriptions (id),
  added_at        TIMESTAMPTZ NOT NULL,
  assigned_at     TIMESTAMPTZ,
  UNIQUE (product_id, digest)
);
CREATE INDEX licence_keys_free ON licence_keys (product_id, id) WHERE subscription_id IS NULL;
