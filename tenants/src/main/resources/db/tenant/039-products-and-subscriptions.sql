--liquibase formatted sql

--changeset brandcloud:tenant-039-products
-- What a reseller sells besides hourly servers: services staff fulfil, add-ons, licence keys. A retired product takes
-- no new orders; its subscriptions run on.
CREATE TABLE products (
  id            BIGSERIAL     PRIMARY KEY,
  kind          VARCHAR(16)   NOT NULL CHECK (kind IN ('SERVICE', 'ADDON', 'LICENCE')),
  name          VARCHAR(120)  NOT NULL,
  description   VARCHAR(2000) NOT NULL DEFAULT '',
  product_group VARCHAR(80)   NOT NULL DEFAULT '',
  active        BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX products_name ON products (lower(name));

-- A product's price for one billing cycle, in the tenant's currency. A change of price closes the current row and adds
-- the next version, so a subscription keeps the price it was sold at (it points at its row) until staff move it.
CREATE TABLE product_prices (
  id          BIGSERIAL     PRIMARY KEY,
  product_id  BIGINT        NOT NULL REFERENCES products (id),
  cycle       VARCHAR(12)   NOT NULL CHECK (cycle IN ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL', 'BIENNIAL')),
  version     INT           NOT NULL,
  amount      NUMERIC(19, 2) NOT NULL CHECK (amount >= 0),
  setup_fee   NUMERIC(19, 2) NOT NULL DEFAULT 0 CHECK (setup_fee >= 0),
  trial_days  INT           NOT NULL DEFAULT 0 CHECK (trial_days BETWEEN 0 AND 365),
  valid_from  TIMESTAMPTZ   NOT NULL,
  valid_until TIMESTAMPTZ,
  UNIQUE (product_id, cycle, version)
);
CREATE UNIQUE INDEX product_prices_current ON product_prices (product_id, cycle) WHERE valid_until IS NULL;

--changeset brandcloud:tenant-039-subscriptions
-- An organisation's subscription to a product: its prepaid terms are counted from the anchor day (the term that starts
-- on the 31st renews on the last day of shorter months); paid_until is the first day not paid for.
CREATE TABLE subscriptions (
  id                  BIGSERIAL   PRIMARY KEY,
  organisation_id     BIGINT      NOT NULL REFERENCES organisations (id),
  product_id          BIGINT      NOT NULL REFERENCES products (id),
  price_id            BIGINT      NOT NULL REFERENCES product_prices (id),
  status              VARCHAR(12) NOT NULL
    CHECK (status IN ('TRIAL', 'ACTIVE', 'PAST_DUE', 'SUSPENDED', 'CANCELLED', 'ENDED')),
  anchor              DATE        NOT NULL,
  term_index          INT         NOT NULL,
  -- how often it moved to another price: with the term's first day, it makes each payment's ledger reference unique
  generation          INT         NOT NULL DEFAULT 0,
  paid_until          DATE        NOT NULL,
  auto_renew          BOOLEAN     NOT NULL DEFAULT TRUE,
  cancel_at_term_end  BOOLEAN     NOT NULL DEFAULT FALSE,
  -- a change asked for the end of the term: the price the next term is paid at
  pending_price_id    BIGINT      REFERENCES product_prices (id),
  order_reference     VARCHAR(80) NOT NULL UNIQUE,
  created_at          TIMESTAMPTZ NOT NULL,
  ended_at            TIMESTAMPTZ
);
CREATE INDEX subscriptions_organisation ON subscriptions (organisation_id, id);
CREATE INDEX subscriptions_due ON subscriptions (paid_until) WHERE status IN ('TRIAL', 'ACTIVE', 'PAST_DUE');

-- What happened to a subscription, in order: ordered, renewed, changed, cancelled, ended, and what each cost or gave back.
CREATE TABLE subscription_events (
  id              BIGSERIAL      PRIMARY KEY,
  subscription_id BIGINT         NOT NULL REFERENCES subscriptions (id),
  kind            VARCHAR(24)    NOT NULL,
  amount          NUMERIC(19, 2),
  detail          VARCHAR(500)   NOT NULL DEFAULT '',
  created_by      VARCHAR(254)   NOT NULL,
  created_at      TIMESTAMPTZ    NOT NULL
);
CREATE INDEX subscription_events_subscription ON subscription_events (subscription_id, id);

-- A term, a set-up fee or a term's unused part given back is a ledger row of its own kind.
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_type_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_type_check
  CHECK (type IN ('TOP_UP', 'USAGE_CHARGE', 'REFUND', 'ADJUSTMENT', 'REVERSAL', 'TAX', 'DISPUTE', 'SUBSCRIPTION'));
