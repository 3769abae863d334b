--liquibase formatted sql

--changeset brandcloud:tenant-033-support-mail-in
-- Mail in (issue 17): answers to ticket mail land in the ticket. Ticket mail carries the ticket's reply token in its
-- subject and the tenant's support address as Reply-To; a poller reads that mailbox over IMAP.
ALTER TABLE mail_outbox ADD COLUMN reply_to VARCHAR(320);

-- Two secrets per ticket, so a number alone (which customers see and say) never lets mail into a ticket: one in the
-- mail customers get, one in the mail staff get, so a customer who forges a staff member's From address still holds
-- only the customer's secret and cannot answer as staff. Tickets that exist get theirs from PostgreSQL's strong
-- random (gen_random_uuid); new ones from the application's SecureRandom.
ALTER TABLE support_tickets ADD COLUMN reply_token VARCHAR(20);
ALTER TABLE support_tickets ADD COLUMN staff_reply_token VARCHAR(20);
UPDATE support_tickets
   SET reply_token = substr(replace(gen_random_uuid()::text, '-', ''), 1, 14),
       staff_reply_token = substr(replace(gen_random_uuid()::text, '-', ''), 1, 14);
ALTER TABLE support_tickets ALTER COLUMN reply_token SET NOT NULL;
ALTER TABLE support_tickets ALTER COLUMN staff_reply_token SET NOT NULL;

-- The tenant's support mailbox: at most one row. The password is sealed (AES-GCM) by the application.
CREATE TABLE support_mailbox (
  id              SMALLINT     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  address         VARCHAR(320) NOT NULL,
  host            VARCHAR(253) NOT NULL,
  port            INTEGER      NOT NULL CHECK (port BETWEEN 1 AND 65535),
  security        VARCHAR(10)  NOT NULL CHECK (security IN ('SSL', 'STARTTLS', 'NONE')),
  username        VARCHAR(320) NOT NULL,
  password_sealed BYTEA        NOT NULL,
  folder          VARCHAR(200) NOT NULL,
  enabled         BOOLEAN      NOT NULL,
  checked_at      TIMESTAMPTZ,
  -- one reader at a time, whether the poller of any node or an admin's "read now"
  reading_until   TIMESTAMPTZ,
  check_error     VARCHAR(1000),
  updated_at      TIMESTAMPTZ  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0
);

-- Every mail the poller read, once: the Message-ID makes a mail that is read twice (a crash before it was marked seen,
-- or a copy) land only once, and the outcome tells admins why a mail did not become an answer. A mail whose handling
-- failed is FAILING and tried again at the next reading, up to five times; then it is FAILED and left alone.
CREATE TABLE support_mail_received (
  id          BIGSERIAL    PRIMARY KEY,
  message_id  VARCHAR(998) NOT NULL UNIQUE,
  sender      VARCHAR(320),
  subject     VARCHAR(300),
  outcome     VARCHAR(20)  NOT NULL
              CHECK (outcome IN ('ACCEPTED', 'UNKNOWN_SENDER', 'BOUNCE', 'NO_TICKET', 'EMPTY', 'REFUSED', 'THROTTLED',
                                 'FAILING', 'FAILED')),
  attempts    INTEGER      NOT NULL DEFAULT 1,
  ticket_id   BIGINT       REFERENCES support_tickets (id) ON DELETE SET NULL,
  received_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX support_mail_received_recent ON support_mail_received (received_at DESC, id DESC);
CREATE INDEX support_mail_received_by_ticket ON support_mail_received (ticket_id, sender, received_at)
  WHERE outcome = 'ACCEPTED';
