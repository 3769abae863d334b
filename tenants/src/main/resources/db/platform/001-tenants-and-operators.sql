--liquibase formatted sql

--changeset brandcloud:platform-001-tenants
CREATE TABLE tenants (
  id            BIGSERIAL PRIMARY KEY,
  slug          VARCHAR(30)  NOT NULL UNIQUE,
  name          VARCHAR(120) NOT NULL,
  status        VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  currency      CHAR(3)      NOT NULL,
  time_zone     VARCHAR(64)  NOT NULL,
  product_name  VARCHAR(120) NOT NULL,
  primary_color CHAR(7)      NOT NULL,
  logo_url      VARCHAR(500),
  created_at    TIMESTAMPTZ  NOT NULL,
  version       INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE tenant_domains (
  id        BIGSERIAL PRIMARY KEY,
  tenant_id BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  domain    VARCHAR(253) NOT NULL UNIQUE CHECK (domain = lower(domain))
);
CREATE INDEX tenant_domains_tenant ON tenant_domains (tenant_id);

--changeset brandcloud:platform-001-operators
CREATE TABLE platform_operators (
  id            BIGSERIAL PRIMARY KEY,
  email         VARCHAR(254) NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name  VARCHAR(120) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  created_at    TIMESTAMPTZ  NOT NULL
);

--changeset brandcloud:platform-001-job-leases
-- One row per (job, period): whoever inserts it first runs that period, once per cluster.
CREATE TABLE job_leases (
  job_name     VARCHAR(64)  NOT NULL,
  period_start TIMESTAMPTZ  NOT NULL,
  holder       VARCHAR(128) NOT NULL,
  acquired_at  TIMESTAMPTZ  NOT NULL,
  execution_id BIGINT,
  PRIMARY KEY (job_name, period_start)
);
