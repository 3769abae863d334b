--liquibase formatted sql

--changeset brandcloud:platform-005-job-owners
-- Which node started each job execution, so that a node coming back after a crash can close the
-- executions that died with it (JBeret would show them as running forever).
CREATE TABLE job_owners (
  execution_id BIGINT       PRIMARY KEY,
  node         VARCHAR(128) NOT NULL,
  started_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX job_owners_node ON job_owners (node);
