--liquibase formatted sql

--changeset brandcloud:tenant-015-suspended-servers
-- Hourly charging asks every hour whether a tenant has suspended servers (dunning has work then).
CREATE INDEX servers_suspended ON servers (id) WHERE status = 'SUSPENDED';
