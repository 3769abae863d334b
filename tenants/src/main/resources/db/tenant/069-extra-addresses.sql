--liquibase formatted sql

--changeset brandcloud:tenant-069-extra-addresses
-- Extra public IPv4 addresses on a server (issue 39), sold at one price per address and month
-- (none: not sold). An address is asked for (ADDING, not known yet), given by the provider (ACTIVE,
-- billed from then), released when its owner asks (REMOVING, billed no more from then) and gone
-- (REMOVED); one the provider never gave is FAILED and was never billed. An address keeps the
-- price it was added at; one charge row per address and hour.
ALTER TABLE tenant_settings ADD COLUMN ipv4_month_price NUMERIC(19, 6)
  CHECK (ipv4_month_price >= 0);
CREATE TABLE extra_addresses (
  id              BIGSERIAL      PRIMARY KEY,
  organisation_id BIGINT         NOT NULL REFERENCES organisations (id),
  server_id       BIGINT         NOT NULL REFERENCES servers (id),
  address         VARCHAR(45),
  status          VARCHAR(16)    NOT NULL,
  month_price     NUMERIC(19, 6) NOT NULL CHECK (month_price >= 0),
  hourly_price    NUMERIC(19, 6) NOT NULL CHECK (hourly_price >= 0),
  billable_from   TIMESTAMPTZ,
  billed_until    TIMESTAMPTZ,
  created_at      TIMESTAMPTZ    NOT NULL
);
CREATE INDEX extra_addresses_of_server ON extra_addresses (server_id);
CREATE INDEX extra_addresses_of_organisation ON extra_addresses (organisation_id);
CREATE TABLE address_charges (
  id           BIGSERIAL      PRIMARY KEY,
  address_id   BIGINT         NOT NULL REFERENCES extra_addresses (id),
  wallet_id    BIGINT         NOT NULL REFERENCES wallets (id),
  period_start TIMESTAMPTZ    NOT NULL,
  amount       NUMERIC(19, 6) NOT NULL,
  created_at   TIMESTAMPTZ    NOT NULL,
  UNIQUE (address_id, period_start)
);
-- the simulator's "data centre" hands out extra addresses from TEST-NET-3 (RFC 5737)
CREATE TABLE simulator_addresses (
  id        BIGSERIAL   PRIMARY KEY,
  server_id BIGINT      NOT NULL REFERENCES simulator_servers (id),
  address   VARCHAR(45) NOT NULL
);
CREATE INDEX simulator_addresses_of_server ON simulator_addresses (server_id);
