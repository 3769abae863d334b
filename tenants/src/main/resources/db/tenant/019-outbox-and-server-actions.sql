--liquibase formatted sql

--changeset brandcloud:tenant-019-outbox-messages
-- Events and commands, one row per message and handler, written in the transaction that caused
-- them. A row is DONE in the same transaction as its handler's work, so a handler that succeeded
-- never runs again; DEAD rows wait for staff to retry them.
CREATE TABLE outbox_messages (
  id              BIGSERIAL     PRIMARY KEY,
  message_id      UUID          NOT NULL,
  message_type    VARCHAR(200)  NOT NULL,
  handler         VARCHAR(200)  NOT NULL,
  payload         TEXT          NOT NULL,
  request_id      VARCHAR(64)   NOT NULL,
  actor           VARCHAR(300),
  status          VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'DONE', 'DEAD')),
  attempts        INTEGER       NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  last_error      VARCHAR(1000),
  created_at      TIMESTAMPTZ   NOT NULL,
  done_at         TIMESTAMPTZ,
  UNIQUE (message_id, handler)
);
CREATE INDEX outbox_messages_due ON outbox_messages (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_messages_dead ON outbox_messages (id DESC) WHERE status = 'DEAD';

--changeset brandcloud:tenant-019-server-actions
-- What was asked of a server's provider, by whom and why, and how it went. A worker claims a row
-- for a while (claimed_until), calls the provider with no transaction open, and records the result
-- in a short one; a claim that outlives its node is taken again. One server's actions run in order.
CREATE TABLE server_actions (
  id              BIGSERIAL     PRIMARY KEY,
  server_id       BIGINT        NOT NULL REFERENCES servers (id),
  action          VARCHAR(32)   NOT NULL,
  status          VARCHAR(16)   NOT NULL
                  CHECK (status IN ('REQUESTED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  idempotency_key VARCHAR(200)  NOT NULL UNIQUE,
  requested_by    VARCHAR(300)  NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  request_id      VARCHAR(64)   NOT NULL,
  attempts        INTEGER       NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  claimed_until   TIMESTAMPTZ,
  last_error      VARCHAR(1000),
  requested_at    TIMESTAMPTZ   NOT NULL,
  started_at      TIMESTAMPTZ,
  finished_at     TIMESTAMPTZ
);
CREATE INDEX server_actions_open ON server_actions (server_id, id)
  WHERE status IN ('REQUESTED', 'RUNNING');
CREATE INDEX server_actions_of_server ON server_actions (server_id, id DESC);

--changeset brandcloud:tenant-019-simulator-references
-- The simulator, like a real cloud's API with a client token, builds one server per reference even
-- when a worker that died after asking is followed by another that asks again.
ALTER TABLE simulator_servers ADD COLUMN reference VARCHAR(100);
CREATE UNIQUE INDEX simulator_servers_reference ON simulator_servers (connection_id, reference);

--changeset brandcloud:tenant-019-debt-suspension-requested
-- When dunning asked for a debtor's servers to be suspended: asked once per debt, not every hour.
ALTER TABLE wallets ADD COLUMN suspension_requested_at TIMESTAMPTZ;

--changeset brandcloud:tenant-019-builds-under-way
-- Builds under way when this version is installed continue as create actions.
INSERT INTO server_actions (server_id, action, status, idempotency_key, requested_by, reason,
                            request_id, next_attempt_at, requested_at)
SELECT id, 'CREATE', 'REQUESTED', 'upgrade-build-' || id, 'system', 'build under way at upgrade',
       'upgrade', now(), now()
  FROM servers WHERE status IN ('PENDING', 'PROVISIONING');
