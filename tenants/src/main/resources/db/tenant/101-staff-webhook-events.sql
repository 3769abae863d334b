--liquibase formatted sql

--changeset brandcloud:tenant-101-staff-webhook-events splitStatements:false
-- Events for the shop's staff only (issue 41: staff hear chosen events in Slack or Discord): a customer who signed up,
-- and a sign-up, order or top-up held for fraud review. They fan out to the tenant's own endpoints alone; an
-- organisation's endpoint never hears them, whatever it asks for.
-- One fan-out for both: an event goes to the enabled endpoints that want it, the tenant's own always and the
-- organisation's unless the event is the staff's.
CREATE FUNCTION webhook_fan_out(schema TEXT, kind TEXT, organisation BIGINT, body JSONB, staff_only BOOLEAN)
  RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  event BIGINT;
  wanted TEXT[] := ARRAY[kind, split_part(kind, '.', 1) || '.*', '*'];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.enabled AND e.event_types && wanted
                   AND (e.organisation_id IS NULL OR (NOT staff_only AND e.organisation_id = organisation))) THEN
    RETURN;
  END IF;
  INSERT INTO webhook_events (event_type, organisation_id, data) VALUES (kind, organisation, body)
    RETURNING id INTO event;
  INSERT INTO webhook_deliveries (event_id, endpoint_id, status, next_attempt_at)
    SELECT event, e.id, 'PENDING', now() FROM webhook_endpoints e
     WHERE e.enabled AND e.event_types && wanted
       AND (e.organisation_id IS NULL OR (NOT staff_only AND e.organisation_id = organisation));
  PERFORM pg_notify('brandcloud_changes', 'webhooks:' || schema || ':0');
END
$$;

CREATE OR REPLACE FUNCTION webhook_event(schema TEXT, kind TEXT, organisation BIGINT, body JSONB) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM webhook_fan_out(schema, kind, organisation, body, FALSE);
END
$$;

CREATE FUNCTION webhook_staff_event(schema TEXT, kind TEXT, organisation BIGINT, body JSONB) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM webhook_fan_out(schema, kind, organisation, body, TRUE);
END
$$;

CREATE FUNCTION webhook_customer_signed_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM webhook_staff_event(TG_TABLE_SCHEMA, 'customer.signed_up', NEW.id,
    jsonb_build_object('organisationId', NEW.id, 'name', NEW.name));
  RETURN NULL;
END
$$;
CREATE TRIGGER organisations_webhook_signed_up AFTER INSERT ON organisations
  FOR EACH ROW WHEN (NEW.personal) EXECUTE FUNCTION webhook_customer_signed_up();

-- A held sign-up is tied to its user before its personal organisation exists: the trigger waits for the commit and
-- finds it.
-- By then the request's search path may be gone, so the trigger sets its table's schema for the rest of the commit.
CREATE FUNCTION webhook_fraud_held() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  organisation BIGINT := NEW.organisation_id;
BEGIN
  PERFORM set_config('search_path', format('%I, public', TG_TABLE_SCHEMA), true);
  IF organisation IS NULL AND NEW.user_id IS NOT NULL THEN
    SELECT o.id INTO organisation FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id
     WHERE m.user_id = NEW.user_id AND o.personal LIMIT 1;
  END IF;
  PERFORM webhook_staff_event(TG_TABLE_SCHEMA, 'fraud.held', organisation,
    jsonb_build_object('id', NEW.id, 'kind', NEW.kind, 'score', NEW.score, 'organisationId', organisation));
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER fraud_checks_webhook_held AFTER INSERT ON fraud_checks
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.status = 'PENDING' AND (NEW.user_id IS NOT NULL OR NEW.organisation_id IS NOT NULL))
  EXECUTE FUNCTION webhook_fraud_held();
-- A sign-up is screened in a transaction of its own, before its user exists; it is heard when the registration ties
-- the check to the new user.
CREATE CONSTRAINT TRIGGER fraud_checks_webhook_signed_up_held AFTER UPDATE OF user_id ON fraud_checks
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.status = 'PENDING' AND OLD.user_id IS NULL AND NEW.user_id IS NOT NULL)
  EXECUTE FUNCTION webhook_fraud_held();
