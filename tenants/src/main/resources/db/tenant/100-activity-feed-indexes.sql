--liquibase formatted sql

--changeset brandcloud:tenant-100-activity-feed-indexes
-- An organisation's activity feed (issue 41) reads its API keys and the audit entries about it; neither was indexed
-- by organisation.
CREATE INDEX api_keys_organisation ON api_keys (organisation_id, created_at) WHERE organisation_id IS NOT NULL;
CREATE INDEX audit_log_target ON audit_log (target, occurred_at DESC);
