--liquibase formatted sql

--changeset brandcloud:tenant-065-subscription-notices splitStatements:false
-- Open pages hear of their organisation's subscriptions like of its invoices (029): every transition (trial,
-- active, past due, suspended, cancelled, ended), renewal and change updates the row, and one notice per
-- organisation a statement changed goes out at commit under the topic "subscriptions".
CREATE TRIGGER subscriptions_inserted AFTER INSERT ON subscriptions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('subscriptions');
CREATE TRIGGER subscriptions_updated AFTER UPDATE ON subscriptions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organisations_changed('subscriptions');
