--liquibase formatted sql

--changeset brandcloud:tenant-064-apps
-- One-click apps (issue 39): a tenant's cloud-init templates; the fields the customer fills, one a
-- line ("site_name: Site name"), are named in the template as {{site_name}}.
CREATE TABLE apps (
  id          BIGSERIAL    PRIMARY KEY,
  name        VARCHAR(60)  NOT NULL,
  description VARCHAR(500) NOT NULL,
  logo_url    VARCHAR(500),
  fields      TEXT         NOT NULL,
  template    TEXT         NOT NULL CHECK (length(template) <= 16384)
);
CREATE UNIQUE INDEX apps_name ON apps (lower(name));
