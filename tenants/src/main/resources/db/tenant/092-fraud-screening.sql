--liquibase formatted sql

--changeset brandcloud:tenant-092-fraud-screening
-- Fraud screening (issue 42). The rules a tenant switches on and weighs (limit_value is the rule's own figure: checks
-- per network and hour, or an order's monthly value in the tenant's currency); a check's score is the sum of the
-- weights of the rules it trips, held for review from review_score and refused from deny_score.
CREATE TABLE fraud_rules (
  rule        VARCHAR(32)    PRIMARY KEY,
  enabled     BOOLEAN        NOT NULL DEFAULT false,
  weight      INTEGER        NOT NULL CHECK (weight BETWEEN 0 AND 100),
  limit_value NUMERIC(19, 4) CHECK (limit_value >= 0),
  updated_by  VARCHAR(254),
  updated_at  TIMESTAMPTZ
);
INSERT INTO fraud_rules (rule, weight, limit_value) VALUES
  ('DISPOSABLE_EMAIL', 60, NULL),
  ('ADDRESS_RATE', 50, 3),
  ('FIRST_ORDER_ABOVE', 40, 100),
  ('BLOCK_LIST', 100, NULL);

CREATE TABLE fraud_policy (
  only_row     BOOLEAN     PRIMARY KEY DEFAULT true CHECK (only_row),
  review_score INTEGER     NOT NULL CHECK (review_score BETWEEN 1 AND 1000),
  deny_score   INTEGER     NOT NULL CHECK (deny_score BETWEEN 1 AND 1000),
  CHECK (review_score <= deny_score)
);
INSERT INTO fraud_policy (review_score, deny_score) VALUES (40, 100);

-- One screening of a sign-up, an order or a top-up: who, from where (the client address and its /24 or /64), the
-- score and outcome. A check held for review is PENDING until staff approve or deny it (or the customer deletes the
-- held server: WITHDRAWN); what waits on it is named by
-- subject (shown to staff) and, for a server order, server_id.
CREATE TABLE fraud_checks (
  id              BIGSERIAL      PRIMARY KEY,
  kind            VARCHAR(16)    NOT NULL CHECK (kind IN ('SIGN_UP', 'ORDER', 'TOP_UP')),
  user_id         BIGINT         REFERENCES users (id),
  organisation_id BIGINT         REFERENCES organisations (id),
  email           VARCHAR(254)   NOT NULL,
  client_address  VARCHAR(45),
  network         VARCHAR(49),
  amount          NUMERIC(19, 4),
  currency        CHAR(3),
  score           INTEGER        NOT NULL,
  outcome         VARCHAR(8)     NOT NULL CHECK (outcome IN ('ALLOW', 'REVIEW', 'DENY')),
  status          VARCHAR(16)    CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'WITHDRAWN')),
  subject         VARCHAR(300),
  server_id       BIGINT         REFERENCES servers (id),
  decided_by      VARCHAR(254),
  decided_at      TIMESTAMPTZ,
  reason          VARCHAR(500),
  created_at      TIMESTAMPTZ    NOT NULL,
  CHECK ((outcome = 'REVIEW') = (status IS NOT NULL))
);
CREATE INDEX fraud_checks_network ON fraud_checks (network, kind, created_at);
CREATE INDEX fraud_checks_pending ON fraud_checks (created_at) WHERE status = 'PENDING';
CREATE INDEX fraud_checks_user ON fraud_checks (user_id);
CREATE INDEX fraud_checks_server ON fraud_checks (server_id) WHERE server_id IS NOT NULL;

-- The rules a check tripped, with the weight each added and what it saw.
CREATE TABLE fraud_signals (
  check_id BIGINT        NOT NULL REFERENCES fraud_checks (id) ON DELETE CASCADE,
  rule     VARCHAR(32)   NOT NULL,
  weight   INTEGER       NOT NULL,
  detail   VARCHAR(300)  NOT NULL,
  PRIMARY KEY (check_id, rule)
);

-- What staff blocked: an e-mail address, a mail domain, a name, a client address or network (value as a check
-- shows it), lower-cased.
CREATE TABLE fraud_blocks (
  id         BIGSERIAL     PRIMARY KEY,
  kind       VARCHAR(16)   NOT NULL CHECK (kind IN ('EMAIL', 'DOMAIN', 'NAME', 'ADDRESS')),
  value      VARCHAR(254)  NOT NULL,
  reason     VARCHAR(500),
  created_by VARCHAR(254)  NOT NULL,
  created_at TIMESTAMPTZ   NOT NULL,
  UNIQUE (kind, value)
);

-- A server ordered while its check waits for review: its actions are not carried out until staff approve.
ALTER TABLE servers ADD COLUMN held_for_review BOOLEAN NOT NULL DEFAULT false;
