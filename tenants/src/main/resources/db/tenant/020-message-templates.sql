--liquibase formatted sql

--changeset brandcloud:tenant-020-locale
-- The language and number format of the tenant's mail (and later of its portal), a BCP 47 tag.
ALTER TABLE tenant_settings ADD COLUMN locale VARCHAR(35) NOT NULL DEFAULT 'en';

--changeset brandcloud:tenant-020-message-templates
-- A tenant's own wording of a message; a type without a row uses Brandcloud's default template.
CREATE TABLE message_templates (
  message_type VARCHAR(64)   PRIMARY KEY,
  subject      VARCHAR(300)  NOT NULL,
  body         TEXT          NOT NULL CHECK (length(body) <= 20000),
  updated_at   TIMESTAMPTZ   NOT NULL,
  updated_by   VARCHAR(320)  NOT NULL
);
