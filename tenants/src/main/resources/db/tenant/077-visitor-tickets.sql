--liquibase formatted sql

--changeset brandcloud:tenant-077-visitor-tickets splitStatements:false
-- The storefront's contact form (issue 40): a visitor without an account writes, and staff answer in the same queue.
-- Such a ticket belongs to no organisation; it names the visitor and the address answers go to instead.
ALTER TABLE support_tickets ALTER COLUMN organisation_id DROP NOT NULL;
ALTER TABLE support_tickets ADD COLUMN visitor_name VARCHAR(200);
ALTER TABLE support_tickets ADD COLUMN visitor_email VARCHAR(320);
-- the language of the page the visitor wrote on, which their mail is written in
ALTER TABLE support_tickets ADD COLUMN visitor_language VARCHAR(8);
-- the client address the visitor wrote from, for the form's limit per client only; never shown
ALTER TABLE support_tickets ADD COLUMN visitor_address VARCHAR(100);
ALTER TABLE support_tickets ADD CONSTRAINT support_tickets_owner CHECK (
  (organisation_id IS NULL) = (visitor_email IS NOT NULL) AND (visitor_email IS NULL) = (visitor_name IS NULL));
-- how many a visitor, and all visitors, wrote in the last hour: the form's limit
CREATE INDEX support_tickets_by_visitor ON support_tickets (created_at DESC) WHERE visitor_email IS NOT NULL;

ALTER TABLE support_ticket_messages DROP CONSTRAINT support_ticket_messages_via_check;
ALTER TABLE support_ticket_messages ADD CONSTRAINT support_ticket_messages_via_check
  CHECK (via IN ('PORTAL', 'API', 'MAIL', 'DISCORD', 'CONTACT'));

-- Staff pages hear of a visitor's ticket as of organisation 0, which no customer's page follows (ids start at 1).
CREATE FUNCTION notify_tickets_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandcloud_changes', 'tickets:' || TG_TABLE_SCHEMA || ':' || organisation_id)
     FROM (SELECT DISTINCT COALESCE(organisation_id, 0) AS organisation_id FROM new_rows) AS changed;
  RETURN NULL;
END
$$;
DROP TRIGGER support_tickets_inserted ON support_tickets;
DROP TRIGGER support_tickets_updated ON support_tickets;
CREATE TRIGGER support_tickets_inserted AFTER INSERT ON support_tickets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_tickets_changed();
CREATE TRIGGER support_tickets_updated AFTER UPDATE ON support_tickets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_tickets_changed();

CREATE OR REPLACE FUNCTION notify_ticket_notes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandcloud_changes', 'ticket-notes:' || TG_TABLE_SCHEMA || ':' || organisation_id)
     FROM (SELECT DISTINCT COALESCE(t.organisation_id, 0) AS organisation_id
             FROM new_rows m JOIN support_tickets t ON t.id = m.ticket_id
            WHERE m.internal) AS changed;
  RETURN NULL;
END
$$;
