--liquibase formatted sql

--changeset brandcloud:platform-002-charging-runs
-- What each hourly-charging partition did, for operators: one row per (job execution, tenant).
CREATE TABLE charging_runs (
  id               BIGSERIAL PRIMARY KEY,
  job_execution_id BIGINT         NOT NULL,
  tenant_id        BIGINT         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  charged_up_to    TIMESTAMPTZ    NOT NULL,
  charges          BIGINT         NOT NULL,
  servers          BIGINT         NOT NULL,
  amount           NUMERIC(19, 6) NOT NULL,
  currency         CHAR(3)        NOT NULL,
  duration_ms      BIGINT         NOT NULL,
  failure          VARCHAR(500),
  finished_at      TIMESTAMPTZ    NOT NULL,
  UNIQUE (job_execution_id, tenant_id)
);
CREATE INDEX charging_runs_recent ON charging_runs (finished_at DESC);

--changeset brandcloud:platform-002-reconciliation-findings
-- Wallets whose balance differs from the sum of their ledger, found by the nightly reconciliation.
CREATE TABLE reconciliation_findings (
  id               BIGSERIAL PRIMARY KEY,
  job_execution_id BIGINT         NOT NULL,
  tenant_id        BIGINT         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  wallet_id        BIGINT         NOT NULL,
  customer_id      BIGINT         NOT NULL,
  balance          NUMERIC(19, 6) NOT NULL,
  ledger_sum       NUMERIC(19, 6) NOT NULL,
  found_at         TIMESTAMPTZ    NOT NULL
);
CREATE INDEX reconciliation_findings_recent ON reconciliation_findings (found_at DESC);
