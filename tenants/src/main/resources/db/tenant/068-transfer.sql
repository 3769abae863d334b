--liquibase formatted sql

--changeset brandcloud:tenant-068-transfer
-- Transfer pooled per organisation and month (issue 39): the outbound traffic its provider
-- measured for each server, an hour a row, read at the hourly reconciliation; and the warnings sent
-- when an organisation's month crossed 80 % and 100 % of its pool, each once.
CREATE TABLE server_traffic (
  server_id BIGINT      NOT NULL REFERENCES servers (id),
  hour      TIMESTAMPTZ NOT NULL,
  bytes_in  BIGINT      NOT NULL CHECK (bytes_in >= 0),
  bytes_out BIGINT      NOT NULL CHECK (bytes_out >= 0),
  PRIMARY KEY (server_id, hour)
);
CREATE INDEX server_traffic_by_hour ON server_traffic (hour);
CREATE TABLE transfer_notices (
  organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
  month           DATE        NOT NULL,
  percent         INTEGER     NOT NULL CHECK (percent IN (80, 100)),
  sent_at         TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (organisation_id, month, percent)
);
-- Transfer above the pool, charged once a month has ended at the tenant's price per GB (none: not
-- charged), one row per organisation and month, so a re-run charges nothing twice.
ALTER TABLE tenant_settings ADD COLUMN transfer_overage_gb_price NUMERIC(19, 6)
  CHECK (transfer_overage_gb_price >= 0);
CREATE TABLE transfer_overages (
  id              BIGSERIAL      PRIMARY KEY,
  organisation_id BIGINT         NOT NULL REFERENCES organisations (id),
  month           DATE           NOT NULL,
  wallet_id       BIGINT         NOT NULL REFERENCES wallets (id),
  included_gb     NUMERIC(15, 3) NOT NULL,
  used_gb         NUMERIC(15, 3) NOT NULL,
  over_gb         NUMERIC(15, 3) NOT NULL CHECK (over_gb > 0),
  gb_price        NUMERIC(19, 6) NOT NULL,
  amount          NUMERIC(19, 6) NOT NULL,
  created_at      TIMESTAMPTZ    NOT NULL,
  UNIQUE (organisation_id, month)
);
