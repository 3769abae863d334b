--liquibase formatted sql

--changeset brandcloud:tenant-034-ticket-note-notices splitStatements:false
-- A staff note leaves the ticket as it is (customers must not see that anything happened), so staff pages hear of it
-- under a topic of its own, "ticket-notes", which only staff sockets follow.
CREATE FUNCTION notify_ticket_notes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandcloud_changes', 'ticket-notes:' || TG_TABLE_SCHEMA || ':' || organisation_id)
     FROM (SELECT DISTINCT t.organisation_id
             FROM new_rows m JOIN support_tickets t ON t.id = m.ticket_id
            WHERE m.internal) AS changed;
  RETURN NULL;
END
$$;

CREATE TRIGGER support_ticket_notes_inserted AFTER INSERT ON support_ticket_messages
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_ticket_notes();
