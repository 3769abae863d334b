--liquibase formatted sql

--changeset brandcloud:placement-002-charging-runs
-- As platform-002 and platform-007 (charging_runs), without the foreign key: a charging run's report commits with its
-- charges, on the server of the tenant's schema.
CREATE TABLE charging_runs (
  id               BIGSERIAL PRIMARY KEY,
  job_execution_id BIGINT         NOT NULL,
  tenant_id        BIGINT         NOT NULL,
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
CREATE INDEX charging_runs_by_tenant ON charging_runs (tenant_id, charged_up_to);
