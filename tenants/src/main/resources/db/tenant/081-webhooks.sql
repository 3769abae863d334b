--liquibase formatted sql

--changeset brandcloud:tenant-081-webhooks
-- Outgoing webhooks (issue 41): addresses staff (organisation_id NULL: the whole tenant) and customers (their own
-- organisation's objects) register for event types. The secret signs every delivery; it is sealed, not hashed,
-- because it must be used again. An endpoint that has failed since failing_since for days is switched off; a streak
-- with no failure for a day (nothing was sent) starts again at the next.
CREATE TABLE webhook_endpoints (
  id              BIGSERIAL     PRIMARY KEY,
  organisation_id BIGINT        REFERENCES organisations (id),
  url             VARCHAR(2000) NOT NULL,
  description     VARCHAR(200),
  event_types     TEXT[]        NOT NULL CHECK (cardinality(event_types) > 0),
  secret_sealed   BYTEA         NOT NULL,
  enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
  disabled_reason VARCHAR(500),
  failing_since   TIMESTAMPTZ,
  last_failed_at  TIMESTAMPTZ,
  created_by      BIGINT        REFERENCES users (id) ON DELETE SET NULL,
  created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX webhook_endpoints_organisation ON webhook_endpoints (organisation_id, id);

-- What happened, once, whoever hears it: the body every delivery of it sends is built from this row, so a
-- redelivery is the same event (same id) and receivers can drop what they already have. Written only when an
-- enabled endpoint wants it; kept 30 days once nothing waits to be sent.
CREATE TABLE webhook_events (
  id              BIGSERIAL   PRIMARY KEY,
  event_id        UUID        NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  event_type      VARCHAR(40) NOT NULL,
  organisation_id BIGINT,
  data            JSONB       NOT NULL,
  occurred_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX webhook_events_occurred ON webhook_events (occurred_at);

-- One event to one endpoint. While a sender has it (SENDING), next_attempt_at is when its lease ends: past that,
-- the sender died and another takes it.
CREATE TABLE webhook_deliveries (
  id              BIGSERIAL    PRIMARY KEY,
  event_id        BIGINT       NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
  endpoint_id     BIGINT       NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  status          VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ,
  last_attempt_at TIMESTAMPTZ,
  response_status INT,
  last_error      VARCHAR(500),
  duration_millis INT,
  delivered_at    TIMESTAMPTZ,
  UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id DESC);

--changeset brandcloud:tenant-081-webhook-triggers splitStatements:false
-- Events are written by triggers, in the transaction that made the change, so every path that changes a server,
-- an invoice, a payment, a ticket or a subscription (entities, bulk SQL, jobs) is heard exactly once. Each event
-- fans out to the enabled endpoints that want it: the tenant's own, and the organisation's. The notice
-- "webhooks:<schema>:0" tells the nodes that deliveries wait.
CREATE FUNCTION webhook_event(schema TEXT, kind TEXT, organisation BIGINT, body JSONB) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  event BIGINT;
  wanted TEXT[] := ARRAY[kind, split_part(kind, '.', 1) || '.*', '*'];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.enabled AND e.event_types && wanted
                   AND (e.organisation_id IS NULL OR e.organisation_id = organisation)) THEN
    RETURN;
  END IF;
  INSERT INTO webhook_events (event_type, organisation_id, data) VALUES (kind, organisation, body)
    RETURNING id INTO event;
  INSERT INTO webhook_deliveries (event_id, endpoint_id, status, next_attempt_at)
    SELECT event, e.id, 'PENDING', now() FROM webhook_endpoints e
     WHERE e.enabled AND e.event_types && wanted
       AND (e.organisation_id IS NULL OR e.organisation_id = organisation);
  PERFORM pg_notify('brandcloud_changes', 'webhooks:' || schema || ':0');
END
$$;

CREATE FUNCTION webhook_server_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'server.created', NEW.organisation_id, jsonb_build_object(
      'id', NEW.id, 'hostname', NEW.hostname, 'region', NEW.region, 'status', lower(NEW.status)));
  ELSIF NEW.status <> 'PENDING' THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'server.' || lower(NEW.status), NEW.organisation_id, jsonb_build_object(
      'id', NEW.id, 'hostname', NEW.hostname, 'status', lower(NEW.status),
      'previous_status', lower(OLD.status), 'ipv4', NEW.ipv4));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER servers_webhook_inserted AFTER INSERT ON servers
  FOR EACH ROW EXECUTE FUNCTION webhook_server_changed();
CREATE TRIGGER servers_webhook_status AFTER UPDATE OF status ON servers
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION webhook_server_changed();

-- A draft is nobody's business until it is issued; an invoice issued paid (from the wallet) is issued, then paid.
CREATE FUNCTION webhook_invoice_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  body JSONB := jsonb_build_object(
    'id', NEW.id, 'number', NEW.number, 'status', lower(NEW.status), 'total', trim_scale(NEW.total)::text,
    'currency', NEW.currency, 'due_on', NEW.due_on);
BEGIN
  IF NEW.status <> 'DRAFT' AND (TG_OP = 'INSERT' OR OLD.status = 'DRAFT') THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'invoice.issued', NEW.organisation_id, body);
  END IF;
  IF NEW.status IN ('PAID', 'VOID') THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, CASE NEW.status WHEN 'PAID' THEN 'invoice.paid' ELSE 'invoice.voided' END,
                          NEW.organisation_id, body);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER invoices_webhook_inserted AFTER INSERT ON invoices
  FOR EACH ROW EXECUTE FUNCTION webhook_invoice_changed();
CREATE TRIGGER invoices_webhook_status AFTER UPDATE OF status ON invoices
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION webhook_invoice_changed();

-- A payment is news when it ends (succeeded, failed, cancelled) and when money goes back.
CREATE FUNCTION webhook_payment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('SUCCEEDED', 'FAILED', 'CANCELLED') THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'payment.' || lower(NEW.status), NEW.organisation_id, jsonb_build_object(
      'id', NEW.id, 'amount', trim_scale(NEW.amount)::text, 'currency', NEW.currency, 'status', lower(NEW.status),
      'purpose', lower(NEW.purpose)));
  END IF;
  IF NEW.refunded > OLD.refunded THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'payment.refunded', NEW.organisation_id, jsonb_build_object(
      'id', NEW.id, 'amount', trim_scale(NEW.amount)::text, 'currency', NEW.currency, 'status', lower(NEW.status),
      'refunded', trim_scale(NEW.refunded - OLD.refunded)::text,
      'refunded_total', trim_scale(NEW.refunded)::text));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER payments_webhook_updated AFTER UPDATE OF status, refunded ON payments
  FOR EACH ROW EXECUTE FUNCTION webhook_payment_changed();

-- A visitor's ticket (no organisation) is heard by the tenant's endpoints only.
CREATE FUNCTION webhook_ticket_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind TEXT := CASE
    WHEN TG_OP = 'INSERT' THEN 'ticket.created'
    WHEN NEW.status = 'CLOSED' THEN 'ticket.closed'
    WHEN OLD.status = 'CLOSED' THEN 'ticket.reopened'
  END;
BEGIN
  IF kind IS NOT NULL THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, kind, NEW.organisation_id, jsonb_build_object(
      'id', NEW.id, 'subject', NEW.subject, 'status', lower(NEW.status), 'priority', lower(NEW.priority)));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER support_tickets_webhook_inserted AFTER INSERT ON support_tickets
  FOR EACH ROW EXECUTE FUNCTION webhook_ticket_changed();
CREATE TRIGGER support_tickets_webhook_status AFTER UPDATE OF status ON support_tickets
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION webhook_ticket_changed();

-- A reply both sides see; the message that opens a ticket is the ticket's creation, and staff notes are never sent.
CREATE FUNCTION webhook_ticket_replied() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ticket support_tickets%ROWTYPE;
BEGIN
  IF NEW.internal OR NOT EXISTS (SELECT 1 FROM support_ticket_messages m
                                  WHERE m.ticket_id = NEW.ticket_id AND m.id < NEW.id AND NOT m.internal) THEN
    RETURN NULL;
  END IF;
  SELECT * INTO ticket FROM support_tickets WHERE id = NEW.ticket_id;
  PERFORM webhook_event(TG_TABLE_SCHEMA, 'ticket.replied', ticket.organisation_id, jsonb_build_object(
    'id', ticket.id, 'subject', ticket.subject, 'status', lower(ticket.status), 'message_id', NEW.id,
    'from_staff', NEW.from_staff));
  RETURN NULL;
END
$$;
CREATE TRIGGER support_ticket_messages_webhook AFTER INSERT ON support_ticket_messages
  FOR EACH ROW EXECUTE FUNCTION webhook_ticket_replied();

CREATE FUNCTION webhook_subscription_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  body JSONB := jsonb_build_object('id', NEW.id, 'product_id', NEW.product_id, 'status', lower(NEW.status),
                                   'paid_until', NEW.paid_until);
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'subscription.created', NEW.organisation_id, body);
    RETURN NULL;
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'subscription.' || lower(NEW.status), NEW.organisation_id,
                          body || jsonb_build_object('previous_status', lower(OLD.status)));
  END IF;
  IF NEW.term_index > OLD.term_index THEN
    PERFORM webhook_event(TG_TABLE_SCHEMA, 'subscription.renewed', NEW.organisation_id, body);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER subscriptions_webhook_inserted AFTER INSERT ON subscriptions
  FOR EACH ROW EXECUTE FUNCTION webhook_subscription_changed();
CREATE TRIGGER subscriptions_webhook_updated AFTER UPDATE OF status, term_index ON subscriptions
  FOR EACH ROW EXECUTE FUNCTION webhook_subscription_changed();
