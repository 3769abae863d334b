--liquibase formatted sql

--changeset brandcloud:tenant-001-users
CREATE TABLE users (
  id            BIGSERIAL PRIMARY KEY,
  email         VARCHAR(254) NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name  VARCHAR(120) NOT NULL,
  role          VARCHAR(32)  NOT NULL CHECK (role IN ('TENANT_ADMIN', 'CUSTOMER')),
  password_hash VARCHAR(500) NOT NULL,
  created_at    TIMESTAMPTZ  NOT NULL
);

--changeset brandcloud:tenant-001-providers
CREATE TABLE provider_connections (
  id                    BIGSERIAL PRIMARY KEY,
  name                  VARCHAR(120) NOT NULL UNIQUE,
  type                  VARCHAR(32)  NOT NULL,
  credentials_encrypted BYTEA,
  created_at            TIMESTAMPTZ  NOT NULL
);

-- The built-in simulator keeps the servers it "runs" here, so its state survives restarts like a real cloud's.
CREATE TABLE simulator_servers (
  id            BIGSERIAL PRIMARY KEY,
  connection_id BIGINT       NOT NULL REFERENCES provider_connections (id),
  hostname      VARCHAR(63)  NOT NULL,
  plan_code     VARCHAR(64)  NOT NULL,
  region        VARCHAR(64)  NOT NULL,
  image         VARCHAR(64)  NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  ipv4          VARCHAR(15)  NOT NULL,
  created_at    TIMESTAMPTZ  NOT NULL,
  ready_at      TIMESTAMPTZ  NOT NULL
);

--changeset brandcloud:tenant-001-plans
CREATE TABLE plans (
  id                    BIGSERIAL PRIMARY KEY,
  name                  VARCHAR(120)   NOT NULL,
  connection_id         BIGINT         NOT NULL REFERENCES provider_connections (id),
  provider_plan_code    VARCHAR(64)    NOT NULL,
  provider_monthly_cost NUMERIC(19, 6) NOT NULL CHECK (provider_monthly_cost >= 0),
  markup_percent        NUMERIC(7, 2)  NOT NULL CHECK (markup_percent >= 0),
  monthly_price         NUMERIC(19, 6) NOT NULL CHECK (monthly_price >= 0),
  hourly_price          NUMERIC(19, 6) NOT NULL CHECK (hourly_price >= 0),
  currency              CHAR(3)        NOT NULL,
  active                BOOLEAN        NOT NULL DEFAULT TRUE,
  created_at            TIMESTAMPTZ    NOT NULL
);

--changeset brandcloud:tenant-001-wallets
CREATE TABLE wallets (
  id          BIGSERIAL PRIMARY KEY,
  customer_id BIGINT         NOT NULL UNIQUE REFERENCES users (id),
  currency    CHAR(3)        NOT NULL,
  balance     NUMERIC(19, 6) NOT NULL DEFAULT 0,
  created_at  TIMESTAMPTZ    NOT NULL
);

-- Append-only: every change of a wallet's balance is explained by exactly one row here.
CREATE TABLE ledger_entries (
  id          BIGSERIAL PRIMARY KEY,
  wallet_id   BIGINT         NOT NULL REFERENCES wallets (id),
  type        VARCHAR(24)    NOT NULL CHECK (type IN ('TOP_UP', 'USAGE_CHARGE', 'REFUND', 'ADJUSTMENT', 'REVERSAL')),
  amount      NUMERIC(19, 6) NOT NULL,
  reference   VARCHAR(100)   NOT NULL UNIQUE,
  description VARCHAR(500)   NOT NULL,
  created_by  VARCHAR(254)   NOT NULL,
  created_at  TIMESTAMPTZ    NOT NULL
);
CREATE INDEX ledger_entries_wallet ON ledger_entries (wallet_id, created_at);

--changeset brandcloud:tenant-001-servers
CREATE TABLE servers (
  id             BIGSERIAL PRIMARY KEY,
  customer_id    BIGINT         NOT NULL REFERENCES users (id),
  plan_id        BIGINT         NOT NULL REFERENCES plans (id),
  connection_id  BIGINT         NOT NULL REFERENCES provider_connections (id),
  hostname       VARCHAR(63)    NOT NULL,
  region         VARCHAR(64)    NOT NULL,
  image          VARCHAR(64)    NOT NULL,
  status         VARCHAR(16)    NOT NULL,
  external_id    VARCHAR(64),
  ipv4           VARCHAR(15),
  hourly_price   NUMERIC(19, 6) NOT NULL,
  created_at     TIMESTAMPTZ    NOT NULL,
  billable_from  TIMESTAMPTZ,
  terminated_at  TIMESTAMPTZ,
  version        INTEGER        NOT NULL DEFAULT 0
);
CREATE INDEX servers_customer ON servers (customer_id);
CREATE INDEX servers_billable ON servers (status) WHERE status = 'RUNNING';

-- One row per (server, hour): the unique key makes re-running an hour harmless.
CREATE TABLE usage_charges (
  id           BIGSERIAL PRIMARY KEY,
  server_id    BIGINT         NOT NULL REFERENCES servers (id),
  wallet_id    BIGINT         NOT NULL REFERENCES wallets (id),
  period_start TIMESTAMPTZ    NOT NULL,
  amount       NUMERIC(19, 6) NOT NULL,
  created_at   TIMESTAMPTZ    NOT NULL,
  UNIQUE (server_id, period_start)
);

--changeset brandcloud:tenant-001-invoices
CREATE TABLE invoices (
  id           BIGSERIAL PRIMARY KEY,
  number       VARCHAR(32)    NOT NULL UNIQUE,
  customer_id  BIGINT         NOT NULL REFERENCES users (id),
  period_start DATE           NOT NULL,
  period_end   DATE           NOT NULL,
  currency     CHAR(3)        NOT NULL,
  total        NUMERIC(19, 2) NOT NULL,
  issued_at    TIMESTAMPTZ    NOT NULL,
  UNIQUE (customer_id, period_start)
);

CREATE TABLE invoice_lines (
  id          BIGSERIAL PRIMARY KEY,
  invoice_id  BIGINT         NOT NULL REFERENCES invoices (id),
  position    INTEGER        NOT NULL,
  server_id   BIGINT         REFERENCES servers (id),
  description VARCHAR(300)   NOT NULL,
  hours       INTEGER        NOT NULL,
  amount      NUMERIC(19, 2) NOT NULL,
  UNIQUE (invoice_id, position)
);

-- Gapless numbering: the counter row is locked by the transaction that issues the invoice.
CREATE TABLE invoice_counters (
  year        INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL
);
