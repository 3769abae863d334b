--liquibase formatted sql

--changeset brandcloud:tenant-029-push-notices splitStatements:false
-- What the portal's open pages are told without asking (issue 16): besides servers (021), a server's actions, a
-- wallet's balance, invoices and payments announce, at commit, which organisations they changed. Like 021 these are
-- statement triggers: a bulk statement (an hour's charging) sends one notice per organisation, and PostgreSQL folds
-- identical notices of one transaction. Payload "<topic>:<schema>:<organisation id>".
-- Invoices and payments are never deleted, so inserts and updates are all there is to hear.
CREATE FUNCTION notify_organisations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandcloud_changes', TG_ARGV[0] || ':' || TG_TABLE_SCHEMA || ':' || organisation_id)
     FROM (SELECT DISTINCT organisation_id FROM new_rows) AS changed;
  RETURN NULL;
END
$$;

CREATE TRIGGER invoices_inserted AFTER INSERT ON invoices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('invoices');
CREATE TRIGGER invoices_updated AFTER UPDATE ON invoices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('invoices');
CREATE TRIGGER payments_inserted AFTER INSERT ON payments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('payments');
CREATE TRIGGER payments_updated AFTER UPDATE ON payments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('payments');

-- Only a changed balance is news: dunning also stamps wallets, and that tells a customer's page nothing.
CREATE FUNCTION notify_balances_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM pg_notify('brandcloud_changes', 'balance:' || TG_TABLE_SCHEMA || ':' || organisation_id)
       FROM (SELECT DISTINCT n.organisation_id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE n.balance IS DISTINCT FROM o.balance) AS changed;
  ELSE
    PERFORM pg_notify('brandcloud_changes', 'balance:' || TG_TABLE_SCHEMA || ':' || organisation_id)
       FROM (SELECT DISTINCT organisation_id FROM new_rows) AS changed;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER wallets_inserted AFTER INSERT ON wallets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_balances_changed();
CREATE TRIGGER wallets_updated AFTER UPDATE ON wallets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_balances_changed();

-- An action's progress (requested, running, done, failed) is news about its server's organisation.
CREATE FUNCTION notify_server_actions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandcloud_changes', 'servers:' || TG_TABLE_SCHEMA || ':' || organisation_id)
     FROM (SELECT DISTINCT s.organisation_id FROM new_rows a JOIN servers s ON s.id = a.server_id) AS changed;
  RETURN NULL;
END
$$;

CREATE TRIGGER server_actions_inserted AFTER INSERT ON server_actions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_server_actions_changed();
CREATE TRIGGER server_actions_updated AFTER UPDATE ON server_actions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_server_actions_changed();

--changeset brandcloud:tenant-029-push-tickets
-- A push ticket is sealed, not stored, so a page can be given one without a write; spending it writes its digest
-- here, once, so a ticket read from a log cannot open a second socket. Kept until it would have expired anyway.
CREATE TABLE push_tickets_spent (
  token_hash CHAR(64)    PRIMARY KEY,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX push_tickets_spent_expiry ON push_tickets_spent (expires_at);
