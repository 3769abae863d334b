--liquibase formatted sql

--changeset brandcloud:tenant-026-server-drift
-- What the hourly reconciliation with the providers found about our servers and did: a server deleted upstream stopped
-- being billed, a state that drifted was corrected, a suspension the provider had lifted was asked for again. Staff
-- see each until they mark it seen.
CREATE TABLE server_drift (
  id        BIGSERIAL    PRIMARY KEY,
  server_id BIGINT       NOT NULL REFERENCES servers (id),
  kind      VARCHAR(32)  NOT NULL,
  detail    VARCHAR(500) NOT NULL,
  found_at  TIMESTAMPTZ  NOT NULL,
  seen_by   VARCHAR(320),
  seen_at   TIMESTAMPTZ
);
CREATE INDEX server_drift_unseen ON server_drift (found_at DESC) WHERE seen_at IS NULL;

--changeset brandcloud:tenant-026-unknown-upstream-servers
-- Servers a connection's provider runs that no server of ours is: staff import one (it becomes a customer's server,
-- billed from then on) or ignore it. Undecided ones the provider no longer runs are forgotten.
CREATE TABLE unknown_upstream_servers (
  id            BIGSERIAL    PRIMARY KEY,
  connection_id BIGINT       NOT NULL REFERENCES provider_connections (id),
  external_id   VARCHAR(64)  NOT NULL,
  name          VARCHAR(200),
  state         VARCHAR(16)  NOT NULL,
  ipv4          VARCHAR(45),
  region        VARCHAR(100),
  image         VARCHAR(100),
  first_seen    TIMESTAMPTZ  NOT NULL,
  last_seen     TIMESTAMPTZ  NOT NULL,
  decision      VARCHAR(8)   CHECK (decision IN ('IGNORED', 'IMPORTED')),
  decided_by    VARCHAR(320),
  decided_at    TIMESTAMPTZ,
  UNIQUE (connection_id, external_id)
);
