--liquibase formatted sql

--changeset brandcloud:tenant-031-support-departments
-- Where a ticket goes (issue 17): a tenant's support departments and the staff who answer each. A department is
-- retired, never deleted, so old tickets keep theirs.
CREATE TABLE support_departments (
  id          BIGSERIAL    PRIMARY KEY,
  name        VARCHAR(80)  NOT NULL,
  description VARCHAR(300),
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX support_departments_name ON support_departments (lower(name));

CREATE TABLE support_department_staff (
  department_id BIGINT NOT NULL REFERENCES support_departments (id),
  user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (department_id, user_id)
);

-- Every tenant starts with one department, so a customer can write before staff set any up.
INSERT INTO support_departments (name, description, created_at) VALUES ('Support', NULL, now());

--changeset brandcloud:tenant-031-support-tickets
-- A ticket belongs to an organisation; waiting_since is when staff started to owe an answer (the SLA age staff see),
-- null while they owe none. Removing a staff member (or an account) keeps the tickets: who wrote a message stays in
-- author_name, the links to the account are emptied.
CREATE TABLE support_tickets (
  id              BIGSERIAL    PRIMARY KEY,
  organisation_id BIGINT       NOT NULL REFERENCES organisations (id),
  department_id   BIGINT       NOT NULL REFERENCES support_departments (id),
  subject         VARCHAR(200) NOT NULL,
  priority        VARCHAR(10)  NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  status          VARCHAR(24)  NOT NULL
                  CHECK (status IN ('OPEN', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_STAFF', 'CLOSED')),
  server_id       BIGINT       REFERENCES servers (id),
  assignee_id     BIGINT       REFERENCES users (id) ON DELETE SET NULL,
  opened_by       BIGINT       REFERENCES users (id) ON DELETE SET NULL,
  created_at      TIMESTAMPTZ  NOT NULL,
  updated_at      TIMESTAMPTZ  NOT NULL,
  waiting_since   TIMESTAMPTZ,
  closed_at       TIMESTAMPTZ,
  version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX support_tickets_organisation ON support_tickets (organisation_id, updated_at DESC, id DESC);
CREATE INDEX support_tickets_queue ON support_tickets (status, waiting_since, id);

-- What was written on a ticket: replies both sides see, and staff notes (internal) customers never do.
CREATE TABLE support_ticket_messages (
  id          BIGSERIAL    PRIMARY KEY,
  ticket_id   BIGINT       NOT NULL REFERENCES support_tickets (id),
  author_id   BIGINT       REFERENCES users (id) ON DELETE SET NULL,
  author_name VARCHAR(200) NOT NULL,
  from_staff  BOOLEAN      NOT NULL,
  internal    BOOLEAN      NOT NULL,
  via         VARCHAR(10)  NOT NULL CHECK (via IN ('PORTAL', 'API', 'MAIL', 'DISCORD')),
  body        TEXT         NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL,
  CHECK (NOT (internal AND NOT from_staff))
);
CREATE INDEX support_ticket_messages_ticket ON support_ticket_messages (ticket_id, created_at, id);

-- Answers staff reuse, picked when replying.
CREATE TABLE support_canned_replies (
  id         BIGSERIAL    PRIMARY KEY,
  title      VARCHAR(120) NOT NULL,
  body       TEXT         NOT NULL,
  created_at TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX support_canned_replies_title ON support_canned_replies (lower(title));

--changeset brandcloud:tenant-031-support-ticket-notices splitStatements:false
-- Open pages hear of their organisation's tickets like of its invoices (029): one notice per organisation a
-- statement changed, under the topic "tickets".
CREATE TRIGGER support_tickets_inserted AFTER INSERT ON support_tickets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('tickets');
CREATE TRIGGER support_tickets_updated AFTER UPDATE ON support_tickets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('tickets');
