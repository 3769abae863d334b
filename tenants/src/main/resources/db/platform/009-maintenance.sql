--liquibase formatted sql

--changeset brandcloud:platform-009-maintenance
-- Maintenance mode (issue 17): operators switch it on for the whole platform (tenant_id null), a tenant's admins for
-- their portal. While a window is open, browsers get the branded maintenance page and the API 503 with Retry-After;
-- webhooks, the staff's own area and the platform console stay open. At most one window per scope.
CREATE TABLE maintenance_windows (
  id         BIGSERIAL    PRIMARY KEY,
  tenant_id  BIGINT       REFERENCES tenants (id),
  message    VARCHAR(500),
  ends_at    TIMESTAMPTZ,
  started_by VARCHAR(320) NOT NULL,
  started_at TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX maintenance_windows_scope ON maintenance_windows (COALESCE(tenant_id, 0));

-- Links that let named people in while maintenance is on (testers, a customer checking a fix): only the SHA-256 of the
-- token is kept; a bypass of the platform (tenant_id null) opens every portal.
CREATE TABLE maintenance_bypasses (
  id         BIGSERIAL    PRIMARY KEY,
  tenant_id  BIGINT       REFERENCES tenants (id),
  name       VARCHAR(120) NOT NULL,
  token_hash CHAR(64)     NOT NULL UNIQUE,
  expires_at TIMESTAMPTZ  NOT NULL,
  created_by VARCHAR(320) NOT NULL,
  created_at TIMESTAMPTZ  NOT NULL
);
