--liquibase formatted sql

--changeset brandcloud:tenant-032-ticket-attachments
-- Files on a ticket (issue 17): kept in the tenant's own schema, checked by their first bytes before they are kept, and
-- served only through the ticket to those who may read it. The content sits in its own table so listing a thread never
-- reads it.
CREATE TABLE support_ticket_attachments (
  id           BIGSERIAL    PRIMARY KEY,
  ticket_id    BIGINT       NOT NULL REFERENCES support_tickets (id),
  file_name    VARCHAR(200) NOT NULL,
  kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('PNG', 'JPEG', 'GIF', 'PDF', 'ZIP', 'TEXT')),
  size_bytes   INTEGER      NOT NULL CHECK (size_bytes > 0),
  sha256       CHAR(64)     NOT NULL,
  author_id    BIGINT       REFERENCES users (id) ON DELETE SET NULL,
  author_name  VARCHAR(200) NOT NULL,
  from_staff   BOOLEAN      NOT NULL,
  created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX support_ticket_attachments_ticket ON support_ticket_attachments (ticket_id, id);

CREATE TABLE support_ticket_attachment_contents (
  attachment_id BIGINT PRIMARY KEY REFERENCES support_ticket_attachments (id),
  content       BYTEA  NOT NULL
);
