--liquibase formatted sql

--changeset brandcloud:tenant-067-volumes
-- Block storage volumes (issue 39). The tenant's price per GB and month (none: volumes are not
-- sold). A volume belongs to an organisation and lives in one region of one connection; server_id
-- is the server it is attached to, or was last attached to while it is detached. provider_name is
-- what the provider knows it by, chosen before it is created so that a retried create finds the
-- first one. A volume is billed from when the provider created it until its deletion was asked
-- for, at the price of its size (a resize is billed at its new size from the next hour, as with
-- servers); one charge row per volume and hour.
ALTER TABLE tenant_settings ADD COLUMN volume_gb_month_price NUMERIC(19, 6)
  CHECK (volume_gb_month_price >= 0);
CREATE TABLE volumes (
  id               BIGSERIAL      PRIMARY KEY,
  organisation_id  BIGINT         NOT NULL REFERENCES organisations (id),
  connection_id    BIGINT         NOT NULL REFERENCES provider_connections (id),
  region           VARCHAR(64)    NOT NULL,
  server_id        BIGINT         NOT NULL REFERENCES servers (id),
  name             VARCHAR(64)    NOT NULL,
  provider_name    VARCHAR(64)    NOT NULL UNIQUE,
  external_id      VARCHAR(100),
  size_gb          INTEGER        NOT NULL CHECK (size_gb > 0),
  status           VARCHAR(16)    NOT NULL,
  gb_month_price   NUMERIC(19, 6) NOT NULL CHECK (gb_month_price >= 0),
  hourly_price     NUMERIC(19, 6) NOT NULL CHECK (hourly_price >= 0),
  previous_price   NUMERIC(19, 6),
  price_changed_at TIMESTAMPTZ,
  billable_from    TIMESTAMPTZ,
  billed_until     TIMESTAMPTZ,
  created_at       TIMESTAMPTZ    NOT NULL
);
CREATE INDEX volumes_of_server ON volumes (server_id);
CREATE INDEX volumes_of_organisation ON volumes (organisation_id);
CREATE UNIQUE INDEX volumes_name_per_organisation ON volumes (organisation_id, lower(name))
  WHERE status NOT IN ('DELETED', 'FAILED');
CREATE TABLE volume_charges (
  id           BIGSERIAL      PRIMARY KEY,
  volume_id    BIGINT         NOT NULL REFERENCES volumes (id),
  wallet_id    BIGINT         NOT NULL REFERENCES wallets (id),
  period_start TIMESTAMPTZ    NOT NULL,
  amount       NUMERIC(19, 6) NOT NULL,
  created_at   TIMESTAMPTZ    NOT NULL,
  UNIQUE (volume_id, period_start)
);
-- the simulator's "data centre" keeps volumes too, attached to one of its servers or to none
CREATE TABLE simulator_volumes (
  id            BIGSERIAL    PRIMARY KEY,
  connection_id BIGINT       NOT NULL REFERENCES provider_connections (id),
  name          VARCHAR(64)  NOT NULL,
  region        VARCHAR(64)  NOT NULL,
  size_gb       INTEGER      NOT NULL,
  server_id     BIGINT       REFERENCES simulator_servers (id),
  UNIQUE (connection_id, name)
);
