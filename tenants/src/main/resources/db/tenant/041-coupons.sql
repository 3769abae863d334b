--liquibase formatted sql

--changeset brandcloud:tenant-041-coupons
-- A code customers type at order for a discount on a subscription's terms: a percentage or a fixed amount, for the
-- first paid term, a number of them or every one. Its terms never change once orders used it; staff withdraw it.
CREATE TABLE coupons (
  id                 BIGSERIAL      PRIMARY KEY,
  code               VARCHAR(40)    NOT NULL,
  description        VARCHAR(200)   NOT NULL DEFAULT '',
  kind               VARCHAR(8)     NOT NULL CHECK (kind IN ('PERCENT', 'FIXED')),
  value              NUMERIC(19, 6) NOT NULL CHECK (value > 0),
  duration           VARCHAR(10)    NOT NULL CHECK (duration IN ('ONCE', 'REPEATING', 'FOREVER')),
  cycles             INT            CHECK (cycles BETWEEN 1 AND 120),
  new_customers_only BOOLEAN        NOT NULL DEFAULT FALSE,
  max_redemptions    INT            CHECK (max_redemptions > 0),
  max_per_customer   INT            NOT NULL DEFAULT 1 CHECK (max_per_customer > 0),
  redemptions        INT            NOT NULL DEFAULT 0,
  starts_at          TIMESTAMPTZ,
  expires_at         TIMESTAMPTZ,
  active             BOOLEAN        NOT NULL DEFAULT TRUE,
  created_at         TIMESTAMPTZ    NOT NULL,
  CHECK (kind <> 'PERCENT' OR value <= 100),
  CHECK ((duration = 'REPEATING') = (cycles IS NOT NULL)),
  CHECK (max_redemptions IS NULL OR redemptions <= max_redemptions)
);
-- codes are typed in any case
CREATE UNIQUE INDEX coupons_code ON coupons (lower(code));

-- The products and billing cycles a coupon is limited to; none listed: all.
CREATE TABLE coupon_products (
  coupon_id  BIGINT NOT NULL REFERENCES coupons (id),
  product_id BIGINT NOT NULL REFERENCES products (id),
  PRIMARY KEY (coupon_id, product_id)
);
CREATE TABLE coupon_cycles (
  coupon_id BIGINT      NOT NULL REFERENCES coupons (id),
  cycle     VARCHAR(12) NOT NULL CHECK (cycle IN ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL', 'BIENNIAL')),
  PRIMARY KEY (coupon_id, cycle)
);

-- A coupon used on a subscription; terms_left counts the paid terms it still discounts (NULL: every one).
CREATE TABLE coupon_redemptions (
  id              BIGSERIAL   PRIMARY KEY,
  coupon_id       BIGINT      NOT NULL REFERENCES coupons (id),
  organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
  subscription_id BIGINT      NOT NULL UNIQUE REFERENCES subscriptions (id),
  terms_left      INT         CHECK (terms_left >= 0),
  redeemed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX coupon_redemptions_coupon ON coupon_redemptions (coupon_id, organisation_id);

-- Wrong codes an organisation typed: guessing locks it as wrong passwords lock a login.
CREATE TABLE coupon_misses (
  organisation_id BIGINT      PRIMARY KEY REFERENCES organisations (id),
  failures        INT         NOT NULL,
  last_failure_at TIMESTAMPTZ NOT NULL,
  locked_until    TIMESTAMPTZ
);

-- What the coupon took off the term paid now: a term ended early gives back the unused part of what was paid.
ALTER TABLE subscriptions ADD COLUMN term_discount NUMERIC(19, 6) NOT NULL DEFAULT 0;
