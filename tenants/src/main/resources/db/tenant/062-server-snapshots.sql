--liquibase formatted sql

--changeset brandcloud:tenant-062-server-snapshots
-- Snapshots taken on demand (issue 39). The tenant's price per GB and month (none: snapshots are
-- not sold); each snapshot the provider last listed of a server, priced per hour when it was first
-- listed, billed from then until it is deleted; one charge row per snapshot and hour, so a re-run
-- hour is harmless as with servers.
ALTER TABLE tenant_settings ADD COLUMN snapshot_gb_month_price NUMERIC(19, 6)
  CHECK (snapshot_gb_month_price >= 0);
CREATE TABLE server_snapshots (
  id            BIGSERIAL      PRIMARY KEY,
  server_id     BIGINT         NOT NULL REFERENCES servers (id),
  external_id   VARCHAR(100)   NOT NULL,
  name          VARCHAR(200)   NOT NULL,
  taken_at      TIMESTAMPTZ    NOT NULL,
  size_gb       NUMERIC(12, 2) NOT NULL CHECK (size_gb >= 0),
  hourly_price  NUMERIC(19, 6) NOT NULL CHECK (hourly_price >= 0),
  billable_from TIMESTAMPTZ    NOT NULL,
  billed_until  TIMESTAMPTZ,
  UNIQUE (server_id, external_id)
);
CREATE INDEX server_snapshots_kept ON server_snapshots (server_id) WHERE billed_until IS NULL;
CREATE TABLE snapshot_charges (
  id           BIGSERIAL      PRIMARY KEY,
  snapshot_id  BIGINT         NOT NULL REFERENCES server_snapshots (id),
  wallet_id    BIGINT         NOT NULL REFERENCES wallets (id),
  period_start TIMESTAMPTZ    NOT NULL,
  amount       NUMERIC(19, 6) NOT NULL,
  created_at   TIMESTAMPTZ    NOT NULL,
  UNIQUE (snapshot_id, period_start)
);
-- the simulator's "data centre" keeps snapshots of its servers, and what the last restore wrote
CREATE TABLE simulator_snapshots (
  id        BIGSERIAL      PRIMARY KEY,
  server_id BIGINT         NOT NULL REFERENCES simulator_servers (id),
  name      VARCHAR(200)   NOT NULL,
  taken_at  TIMESTAMPTZ    NOT NULL,
  size_gb   NUMERIC(12, 2) NOT NULL
);
ALTER TABLE simulator_servers ADD COLUMN restored_snapshot VARCHAR(100);
