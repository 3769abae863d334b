--liquibase formatted sql

--changeset brandcloud:tenant-095-fraud-check-notices splitStatements:false
-- The review queue follows checks that start waiting for staff, or stop waiting, under a topic only staff sockets
-- follow. Checks the rules let through are not told of (with screening on, every sign-up would wake every staff
-- page), nor changes that leave a check's status as it was (its subject, its user, an erasure).
CREATE FUNCTION notify_fraud_review_held() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows WHERE status IS NOT NULL) THEN
    PERFORM pg_notify('brandcloud_changes', 'fraud:' || TG_TABLE_SCHEMA || ':0');
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION notify_fraud_review_decided() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status IS DISTINCT FROM o.status) THEN
    PERFORM pg_notify('brandcloud_changes', 'fraud:' || TG_TABLE_SCHEMA || ':0');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER fraud_checks_inserted AFTER INSERT ON fraud_checks
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_fraud_review_held();
CREATE TRIGGER fraud_checks_decided AFTER UPDATE ON fraud_checks
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION notify_fraud_review_decided();
