--liquibase formatted sql

--changeset brandcloud:tenant-018-login-failures-purge
-- Failures older than an hour with no lock left say nothing and are deleted as new ones arrive;
-- these indexes keep that delete cheap while a guesser fills the tables.
CREATE INDEX login_failures_last_failed_at ON login_failures (last_failed_at);
CREATE INDEX login_failures_by_ip_last_failed_at ON login_failures_by_ip (last_failed_at);
