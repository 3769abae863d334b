--liquibase formatted sql

--changeset brandcloud:platform-013-placements
-- Which PostgreSQL server ("placement") holds each tenant's schema. "main" is the server of the platform schema; every
-- other placement is a datasource added by add-placement.cli.
ALTER TABLE tenants ADD COLUMN placement VARCHAR(63) NOT NULL DEFAULT 'main';

-- A tenant's move to another placement, step by step, so a move that stopped half-way resumes where it was and the
-- operator sees how far it got. One row per tenant: the latest move.
CREATE TABLE tenant_moves (
  tenant_id    BIGINT       PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  source       VARCHAR(63)  NOT NULL,
  target       VARCHAR(63)  NOT NULL,
  -- COPYING, SWITCHED (the registry points at the target, the source schema may still exist), DONE or FAILED
  state        VARCHAR(16)  NOT NULL,
  tables_total INTEGER      NOT NULL DEFAULT 0,
  tables_done  INTEGER      NOT NULL DEFAULT 0,
  rows_copied  BIGINT       NOT NULL DEFAULT 0,
  -- the source's rows per table and ledger sums when the registry switched, for dropping the source later only if
  -- it still holds exactly that
  source_figures TEXT,
  -- the node working on the move, and when it last said so (it also holds an advisory lock for the move's length)
  worker       VARCHAR(255),
  touched_at   TIMESTAMPTZ  NOT NULL,
  started_at   TIMESTAMPTZ  NOT NULL,
  finished_at  TIMESTAMPTZ,
  failure      VARCHAR(500)
);
