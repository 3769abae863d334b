--liquibase formatted sql

--changeset brandcloud:tenant-090-erasures
-- A person's erasure (issue 42, GDPR Art. 17): the record of the request, kept without the erased data. Asked for by
-- the person (status REQUESTED until they open the mailed link, whose SHA-256 is token_hash; it runs out at expires_at)
-- or done by staff at once (requested_by names the staff member; NULL: the person themselves). erased holds what was
-- anonymised or removed, kind by kind, as counts only.
CREATE TABLE erasure_requests (
  id           BIGSERIAL    PRIMARY KEY,
  user_id      BIGINT       NOT NULL REFERENCES users (id),
  requested_by VARCHAR(254),
  status       VARCHAR(16)  NOT NULL CHECK (status IN ('REQUESTED', 'ERASED')),
  token_hash   CHAR(64)     UNIQUE,
  requested_at TIMESTAMPTZ  NOT NULL,
  expires_at   TIMESTAMPTZ,
  erased_at    TIMESTAMPTZ,
  erased       VARCHAR(2000)
);
CREATE INDEX erasure_requests_user ON erasure_requests (user_id);
