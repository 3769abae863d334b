--liquibase formatted sql

--changeset brandcloud:tenant-046-order-fields
-- Questions a product asks at order (a domain name, an operating system, consent to a migration), and the answers
-- each subscription was ordered with. A question staff take away asks no more; the answers given stay.
CREATE TABLE product_fields (
  id          BIGSERIAL     PRIMARY KEY,
  product_id  BIGINT        NOT NULL REFERENCES products (id),
  label       VARCHAR(80)   NOT NULL,
  kind        VARCHAR(8)    NOT NULL CHECK (kind IN ('TEXT', 'CHOICE', 'CHECKBOX')),
  -- a choice's options, one per line
  choices     VARCHAR(1000) NOT NULL DEFAULT '',
  required    BOOLEAN       NOT NULL DEFAULT FALSE,
  active      BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX product_fields_product ON product_fields (product_id, id);

CREATE TABLE subscription_answers (
  subscription_id BIGINT       NOT NULL REFERENCES subscriptions (id),
  field_id        BIGINT       NOT NULL REFERENCES product_fields (id),
  answer          VARCHAR(500) NOT NULL,
  PRIMARY KEY (subscription_id, field_id)
);
