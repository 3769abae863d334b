--liquibase formatted sql

--changeset brandcloud:tenant-075-legal-documents
-- The shop's terms, privacy policy and refund policy (issue 40). Every publication is a new version that stays as
-- it was published, so an acceptance names exactly the wording a customer agreed to; the current page is the
-- newest version of its kind.
CREATE TABLE legal_documents (
  id BIGSERIAL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL CHECK (kind IN ('terms', 'privacy', 'refunds')),
  version INTEGER NOT NULL CHECK (version > 0),
  title VARCHAR(120) NOT NULL,
  body TEXT NOT NULL,
  published_by VARCHAR(200) NOT NULL,
  published_at TIMESTAMPTZ NOT NULL,
  UNIQUE (kind, version)
);

-- Who accepted which version, when, and where (at sign-up, at an order, through the API).
CREATE TABLE legal_acceptances (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  document_id BIGINT NOT NULL REFERENCES legal_documents (id),
  accepted_at TIMESTAMPTZ NOT NULL,
  via VARCHAR(16) NOT NULL CHECK (via IN ('sign-up', 'order', 'api')),
  UNIQUE (user_id, document_id)
);
