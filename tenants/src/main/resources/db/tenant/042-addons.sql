--liquibase formatted sql

--changeset brandcloud:tenant-042-addons
-- An add-on's subscription hangs on another of the organisation's subscriptions and ends when that one ends.
ALTER TABLE subscriptions ADD COLUMN parent_id BIGINT REFERENCES subscriptions (id);
CREATE INDEX subscriptions_parent ON subscriptions (parent_id) WHERE parent_id IS NOT NULL;
