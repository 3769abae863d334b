--liquibase formatted sql

--changeset brandcloud:tenant-027-payment-gateways
-- The tenant's own accounts at the payment gateways it takes top-ups with (the reseller is the merchant): the built-in
-- test gateway, Stripe and PayPal, each once. Secrets (Stripe's secret key, PayPal's client secret) and webhook secrets
-- are sealed; what customers may pay is bounded and offered as presets.
CREATE TABLE payment_gateways (
  id                    BIGSERIAL      PRIMARY KEY,
  kind                  VARCHAR(8)     NOT NULL UNIQUE CHECK (kind IN ('TEST', 'STRIPE', 'PAYPAL')),
  live                  BOOLEAN        NOT NULL DEFAULT FALSE,
  api_url               VARCHAR(300),
  public_id             VARCHAR(200),
  sealed_secret         BYTEA,
  sealed_webhook_secret BYTEA,
  webhook_id            VARCHAR(100),
  enabled               BOOLEAN        NOT NULL DEFAULT TRUE,
  min_amount            NUMERIC(19, 6) NOT NULL CHECK (min_amount > 0),
  max_amount            NUMERIC(19, 6) NOT NULL CHECK (max_amount >= min_amount),
  presets               VARCHAR(200)   NOT NULL,
  checked_at            TIMESTAMPTZ,
  check_error           VARCHAR(500),
  created_at            TIMESTAMPTZ    NOT NULL
);

--changeset brandcloud:tenant-027-payments
-- A customer's payment at a gateway: asked for (CREATED), sent to the gateway's checkout (PENDING), then SUCCEEDED once
-- the money is confirmed (the wallet is credited in the same transaction, once: the ledger reference is the gateway's
-- payment id) or FAILED / CANCELLED. A payment whose customer never comes back is asked after at the gateway
-- (next_check_at) until it ends. Refunds and disputes are kept per payment; a refund asked for is carried out by the
-- payments worker, again after a failure that may pass (next_attempt_at).
CREATE TABLE payments (
  id                 BIGSERIAL      PRIMARY KEY,
  organisation_id    BIGINT         NOT NULL REFERENCES organisations (id),
  gateway_id         BIGINT         NOT NULL REFERENCES payment_gateways (id),
  purpose            VARCHAR(12)    NOT NULL CHECK (purpose IN ('TOP_UP', 'AUTO_TOP_UP')),
  amount             NUMERIC(19, 6) NOT NULL CHECK (amount > 0),
  currency           CHAR(3)        NOT NULL,
  status             VARCHAR(10)    NOT NULL CHECK (status IN ('CREATED', 'PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  checkout_reference VARCHAR(200),
  gateway_payment_id VARCHAR(200),
  checkout_url       VARCHAR(2000),
  save_card          BOOLEAN        NOT NULL DEFAULT FALSE,
  refunded           NUMERIC(19, 6) NOT NULL DEFAULT 0 CHECK (refunded >= 0 AND refunded <= amount),
  disputed           NUMERIC(19, 6) NOT NULL DEFAULT 0 CHECK (disputed >= 0),
  requested_by       VARCHAR(320)   NOT NULL,
  failure            VARCHAR(500),
  next_check_at      TIMESTAMPTZ,
  checks             INTEGER        NOT NULL DEFAULT 0,
  created_at         TIMESTAMPTZ    NOT NULL,
  completed_at       TIMESTAMPTZ,
  UNIQUE (gateway_id, checkout_reference),
  UNIQUE (gateway_id, gateway_payment_id)
);
CREATE INDEX payments_organisation ON payments (organisation_id, id DESC);
CREATE INDEX payments_next_check ON payments (next_check_at) WHERE next_check_at IS NOT NULL;

CREATE TABLE payment_refunds (
  id                BIGSERIAL      PRIMARY KEY,
  payment_id        BIGINT         NOT NULL REFERENCES payments (id),
  amount            NUMERIC(19, 6) NOT NULL CHECK (amount > 0),
  status            VARCHAR(10)    NOT NULL CHECK (status IN ('REQUESTED', 'SUCCEEDED', 'FAILED')),
  gateway_refund_id VARCHAR(200),
  reason            VARCHAR(500)   NOT NULL,
  requested_by      VARCHAR(320)   NOT NULL,
  failure           VARCHAR(500),
  attempts          INTEGER        NOT NULL DEFAULT 0,
  next_attempt_at   TIMESTAMPTZ,
  created_at        TIMESTAMPTZ    NOT NULL,
  completed_at      TIMESTAMPTZ,
  UNIQUE (payment_id, gateway_refund_id)
);
CREATE INDEX payment_refunds_due ON payment_refunds (next_attempt_at) WHERE status = 'REQUESTED';

CREATE TABLE payment_disputes (
  id                 BIGSERIAL      PRIMARY KEY,
  payment_id         BIGINT         NOT NULL REFERENCES payments (id),
  gateway_dispute_id VARCHAR(200)   NOT NULL,
  amount             NUMERIC(19, 6) NOT NULL CHECK (amount > 0),
  status             VARCHAR(8)     NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST')),
  opened_at          TIMESTAMPTZ    NOT NULL,
  closed_at          TIMESTAMPTZ,
  UNIQUE (payment_id, gateway_dispute_id)
);

--changeset brandcloud:tenant-027-payment-events
-- Every webhook event a gateway sent, stored once by its id (a repeated delivery finds it and does nothing more) and
-- carried out through the outbox, so an event that arrives before the payment it is about is tried again later.
CREATE TABLE payment_events (
  id          BIGSERIAL    PRIMARY KEY,
  gateway_id  BIGINT       NOT NULL REFERENCES payment_gateways (id),
  event_id    VARCHAR(200) NOT NULL,
  type        VARCHAR(100) NOT NULL,
  payload     TEXT         NOT NULL,
  received_at TIMESTAMPTZ  NOT NULL,
  UNIQUE (gateway_id, event_id)
);

--changeset brandcloud:tenant-027-auto-top-ups
-- A customer's standing order: when the balance drops below threshold, charge amount to the card saved at the gateway,
-- at most once a day.
CREATE TABLE auto_top_ups (
  organisation_id    BIGINT         PRIMARY KEY REFERENCES organisations (id),
  gateway_id         BIGINT         NOT NULL REFERENCES payment_gateways (id),
  customer_ref       VARCHAR(200)   NOT NULL,
  payment_method_ref VARCHAR(200)   NOT NULL,
  card_label         VARCHAR(100),
  threshold          NUMERIC(19, 6) NOT NULL CHECK (threshold >= 0),
  amount             NUMERIC(19, 6) NOT NULL CHECK (amount > 0),
  enabled            BOOLEAN        NOT NULL DEFAULT FALSE,
  due_at             TIMESTAMPTZ,
  last_attempt_at    TIMESTAMPTZ,
  last_failure       VARCHAR(500)
);
CREATE INDEX auto_top_ups_due ON auto_top_ups (due_at) WHERE due_at IS NOT NULL;

--changeset brandcloud:tenant-027-test-gateway
-- The built-in test gateway's own side, as a real gateway would keep it: checkouts customers pay or decline on its
-- page (and charges of saved cards), each once per payment of ours, and refunds, each once per refund of ours. It
-- signs its webhooks with the tenant's test webhook secret.
CREATE TABLE test_gateway_charges (
  id                BIGSERIAL      PRIMARY KEY,
  session_id        VARCHAR(64)    NOT NULL UNIQUE,
  payment_reference VARCHAR(100)   NOT NULL UNIQUE,
  charge_id         VARCHAR(64)    UNIQUE,
  amount            NUMERIC(19, 6) NOT NULL,
  currency          CHAR(3)        NOT NULL,
  status            VARCHAR(10)    NOT NULL CHECK (status IN ('OPEN', 'PAID', 'DECLINED')),
  save_card         BOOLEAN        NOT NULL DEFAULT FALSE,
  customer_email    VARCHAR(320),
  card_ref          VARCHAR(64),
  return_url        VARCHAR(2000),
  cancel_url        VARCHAR(2000),
  refunded          NUMERIC(19, 6) NOT NULL DEFAULT 0,
  created_at        TIMESTAMPTZ    NOT NULL,
  paid_at           TIMESTAMPTZ
);

CREATE TABLE test_gateway_refunds (
  id               BIGSERIAL      PRIMARY KEY,
  refund_id        VARCHAR(64)    NOT NULL UNIQUE,
  refund_reference VARCHAR(100)   NOT NULL UNIQUE,
  charge_id        VARCHAR(64)    NOT NULL,
  amount           NUMERIC(19, 6) NOT NULL,
  created_at       TIMESTAMPTZ    NOT NULL
);

--changeset brandcloud:tenant-027-ledger-disputes
-- A card payment taken back by the customer's bank (a chargeback) is its own kind of ledger row, and so is the money
-- coming back when the reseller wins the dispute.
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_type_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_type_check
  CHECK (type IN ('TOP_UP', 'USAGE_CHARGE', 'REFUND', 'ADJUSTMENT', 'REVERSAL', 'TAX', 'DISPUTE'));
