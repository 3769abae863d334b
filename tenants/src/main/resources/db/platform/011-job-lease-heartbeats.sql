--liquibase formatted sql

--changeset brandcloud:platform-011-job-lease-heartbeats
-- A lease is kept alive by its holder while its execution runs (renewed_at, the database's time) and ended when the
-- execution has ended (finished_at). A lease nobody renewed for a minute belonged to a node that died mid-run: another
-- node takes it over and runs the period again with the same parameters; the charging statements' unique keys make
-- the second run charge only what the first did not.
ALTER TABLE job_leases ADD COLUMN parameters  TEXT;
ALTER TABLE job_leases ADD COLUMN renewed_at  TIMESTAMPTZ;
ALTER TABLE job_leases ADD COLUMN finished_at TIMESTAMPTZ;
ALTER TABLE job_leases ADD COLUMN takeovers   INTEGER NOT NULL DEFAULT 0;
UPDATE job_leases SET renewed_at = acquired_at, finished_at = acquired_at;
ALTER TABLE job_leases ALTER COLUMN renewed_at SET NOT NULL;
CREATE INDEX job_leases_open ON job_leases (renewed_at) WHERE finished_at IS NULL;
