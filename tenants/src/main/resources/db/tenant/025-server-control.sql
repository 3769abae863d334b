--liquibase formatted sql

--changeset brandcloud:tenant-025-server-actions-control
-- What a customer or staff asks of a server besides its build: the action's one parameter (an image to rebuild with,
-- a plan to resize to, a new host name), the provider's handle of work still under way (a queue or action id to poll)
-- and how far it got, what it answered, and a new root password sealed until its owner has read it once.
ALTER TABLE server_actions ADD COLUMN parameter VARCHAR(200);
ALTER TABLE server_actions ADD COLUMN provider_task VARCHAR(200);
ALTER TABLE server_actions ADD COLUMN progress SMALLINT CHECK (progress BETWEEN 0 AND 100);
ALTER TABLE server_actions ADD COLUMN outcome VARCHAR(500);
ALTER TABLE server_actions ADD COLUMN sealed_password BYTEA;
ALTER TABLE server_actions ADD COLUMN password_shown_at TIMESTAMPTZ;
-- counting a server's recent actions (no reboot storms) reads only its newest rows
CREATE INDEX server_actions_requested ON server_actions (server_id, requested_at DESC);

--changeset brandcloud:tenant-025-servers-billed-until
-- A server is billed while it runs or is stopped (as the upstreams bill it) and, once billing stopped (deleted,
-- suspended), up to the hour in which it stopped: billed_until. Staff may suspend a server by hand; only servers
-- suspended for debt are resumed by a payment.
ALTER TABLE servers ADD COLUMN billed_until TIMESTAMPTZ;
ALTER TABLE servers ADD COLUMN suspension VARCHAR(8) CHECK (suspension IN ('DEBT', 'STAFF'));
UPDATE servers SET billed_until = suspended_at, suspension = 'DEBT' WHERE status = 'SUSPENDED';
DROP INDEX servers_billable;
CREATE INDEX servers_billable ON servers (organisation_id) WHERE status IN ('RUNNING', 'STOPPED');
CREATE INDEX servers_billing_ended ON servers (billed_until) WHERE billed_until IS NOT NULL;

--changeset brandcloud:tenant-025-simulator-control
-- The simulator powers, rebuilds, resizes and renames its servers like a real cloud: each change takes a few seconds
-- (busy_since to busy_until), and it counts the calls made for each server (a "flaky-" one fails every other call).
ALTER TABLE simulator_servers ADD COLUMN power VARCHAR(8) NOT NULL DEFAULT 'ON';
ALTER TABLE simulator_servers ADD COLUMN busy_since TIMESTAMPTZ;
ALTER TABLE simulator_servers ADD COLUMN busy_until TIMESTAMPTZ;
ALTER TABLE simulator_servers ADD COLUMN calls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE simulator_servers ADD COLUMN root_password_set_at TIMESTAMPTZ;

--changeset brandcloud:tenant-025-provider-connections
-- A connection names where its provider's API answers (each VirtFusion panel is its own; tests and staging point
-- Linode and DigitalOcean elsewhere) and keeps the token sealed in credentials_encrypted; staff test it, sync what the
-- provider offers, and may retire it (no new servers on it).
ALTER TABLE provider_connections ADD COLUMN api_url VARCHAR(300);
ALTER TABLE provider_connections ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE provider_connections ADD COLUMN checked_at TIMESTAMPTZ;
ALTER TABLE provider_connections ADD COLUMN check_error VARCHAR(500);
ALTER TABLE provider_connections ADD COLUMN synced_at TIMESTAMPTZ;

-- What each connection's provider offers, as the last sync found it: plans with their size and monthly cost (staff
-- set the cost where the provider lists none, as VirtFusion), regions and images with whether the reseller offers
-- them; entries the provider stopped listing stay (servers may use them) but are no longer available.
CREATE TABLE provider_catalog (
  connection_id BIGINT         NOT NULL REFERENCES provider_connections (id),
  kind          VARCHAR(8)     NOT NULL CHECK (kind IN ('PLAN', 'REGION', 'IMAGE')),
  code          VARCHAR(100)   NOT NULL,
  name          VARCHAR(200)   NOT NULL,
  vcpus         INTEGER,
  memory_mb     INTEGER,
  disk_gb       INTEGER,
  monthly_cost  NUMERIC(19, 6) CHECK (monthly_cost >= 0),
  cost_currency CHAR(3),
  cost_by_staff BOOLEAN        NOT NULL DEFAULT FALSE,
  offered       BOOLEAN        NOT NULL DEFAULT TRUE,
  available     BOOLEAN        NOT NULL DEFAULT TRUE,
  synced_at     TIMESTAMPTZ    NOT NULL,
  PRIMARY KEY (connection_id, kind, code)
);
