--liquibase formatted sql

--changeset brandcloud:tenant-102-prepared-exports
-- Exported tables staff ask to have prepared in the background (issue 41): a ledger of a million rows is written
-- by a worker, not while a browser waits. rows_written is what the page shows while it is built; the file is kept
-- in chunks of at most a mebibyte, for the staff member who asked alone, until expires_at (24 hours after it was
-- ready, by the database's clock like every due time of the queues), when the worker deletes the chunks. They go
-- with the staff member who asked.
CREATE TABLE prepared_exports (
  id              BIGSERIAL    PRIMARY KEY,
  requested_by    BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  table_name      VARCHAR(32)  NOT NULL,
  format          VARCHAR(8)   NOT NULL CHECK (format IN ('CSV', 'XLSX')),
  from_day        DATE         NOT NULL,
  to_day          DATE         NOT NULL CHECK (to_day >= from_day),
  language        VARCHAR(16)  NOT NULL,
  status          VARCHAR(16)  NOT NULL
                  CHECK (status IN ('REQUESTED', 'BUILDING', 'READY', 'EXPIRED', 'FAILED')),
  rows_written    BIGINT       NOT NULL DEFAULT 0 CHECK (rows_written >= 0),
  attempts        INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at TIMESTAMPTZ  NOT NULL,
  size_bytes      BIGINT       CHECK (size_bytes >= 0),
  failure         VARCHAR(500),
  requested_at    TIMESTAMPTZ  NOT NULL,
  ready_at        TIMESTAMPTZ,
  expires_at      TIMESTAMPTZ
);
CREATE INDEX prepared_exports_requester ON prepared_exports (requested_by, id);
CREATE INDEX prepared_exports_due ON prepared_exports (next_attempt_at) WHERE status IN ('REQUESTED', 'BUILDING');
CREATE INDEX prepared_exports_expiring ON prepared_exports (expires_at) WHERE status = 'READY';

CREATE TABLE prepared_export_chunks (
  export_id BIGINT  NOT NULL REFERENCES prepared_exports (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL CHECK (position >= 0),
  content   BYTEA   NOT NULL,
  PRIMARY KEY (export_id, position)
);
