--liquibase formatted sql

--changeset brandcloud:tenant-055-add-ons-on-servers
-- An add-on (extra support, a control-panel licence) can hang on an hourly server instead of a subscription: it is
-- cancelled, with the unused part of its term given back, when that server is deleted.
ALTER TABLE subscriptions ADD COLUMN attached_server_id BIGINT REFERENCES servers (id);
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_one_parent
  CHECK (parent_id IS NULL OR attached_server_id IS NULL);
CREATE INDEX subscriptions_attached_server ON subscriptions (attached_server_id)
  WHERE attached_server_id IS NOT NULL;
