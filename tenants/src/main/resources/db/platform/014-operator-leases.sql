--liquibase formatted sql

--changeset brandcloud:platform-014-operator-leases
-- A run an operator starts holds a lease too, so another node finishes it if its node dies. It is keyed apart from
-- the schedule's periods ('operator' beside 'schedule'): neither ever takes the other's place or keeps the other from
-- running. Rows of nodes that predate this column are the schedule's.
ALTER TABLE job_leases ADD COLUMN started_by VARCHAR(16) NOT NULL DEFAULT 'schedule'
  CHECK (started_by IN ('schedule', 'operator'));
ALTER TABLE job_leases DROP CONSTRAINT job_leases_pkey;
ALTER TABLE job_leases ADD PRIMARY KEY (job_name, period_start, started_by);
