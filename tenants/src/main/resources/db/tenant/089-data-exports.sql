--liquibase formatted sql

--changeset brandcloud:tenant-089-data-exports
-- A copy of what the panel keeps about a person (issue 42, GDPR Art. 15 and 20), asked for by them or by staff for
-- them. A worker builds the ZIP in the background (status and the sections done so far are what the account page
-- shows), keeps it in chunks of at most a mebibyte so it is written and sent without holding it in memory, and mails
-- the person a link whose token only the mail holds (its SHA-256 is kept). The link works once, for the person, until
-- expires_at; the chunks go when it is used, and with it expired the nightly retention job deletes them. One export
-- per person is waiting or being built at a time. requested_by is the staff member who asked (null for an operator) or
-- the person themselves.
CREATE TABLE data_exports (
  id             BIGSERIAL    PRIMARY KEY,
  user_id        BIGINT       NOT NULL REFERENCES users (id),
  requested_by   BIGINT       REFERENCES users (id),
  by_staff       BOOLEAN      NOT NULL,
  status         VARCHAR(16)  NOT NULL
                 CHECK (status IN ('REQUESTED', 'BUILDING', 'READY', 'DOWNLOADED', 'EXPIRED', 'FAILED')),
  sections_done  INTEGER      NOT NULL DEFAULT 0 CHECK (sections_done >= 0),
  sections_total INTEGER      NOT NULL DEFAULT 0 CHECK (sections_total >= 0),
  attempts       INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at TIMESTAMPTZ NOT NULL,
  size_bytes     BIGINT       CHECK (size_bytes >= 0),
  token_hash     VARCHAR(64)  UNIQUE,
  failure        VARCHAR(500),
  requested_at   TIMESTAMPTZ  NOT NULL,
  ready_at       TIMESTAMPTZ,
  expires_at     TIMESTAMPTZ,
  downloaded_at  TIMESTAMPTZ
);
CREATE INDEX data_exports_user ON data_exports (user_id, id);
CREATE INDEX data_exports_requested_by ON data_exports (requested_by);
CREATE UNIQUE INDEX data_exports_one_open ON data_exports (user_id) WHERE status IN ('REQUESTED', 'BUILDING');
CREATE INDEX data_exports_due ON data_exports (next_attempt_at) WHERE status IN ('REQUESTED', 'BUILDING');

CREATE TABLE data_export_chunks (
  export_id BIGINT  NOT NULL REFERENCES data_exports (id),
  position  INTEGER NOT NULL CHECK (position >= 0),
  content   BYTEA   NOT NULL,
  PRIMARY KEY (export_id, position)
);
