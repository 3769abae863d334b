--liquibase formatted sql

--changeset brandcloud:tenant-036-content-articles
-- A tenant's own pages (issue 17): knowledge-base articles (DOC) and FAQ entries sorted into categories, blog posts, and
-- announcements shown to logged-in customers until each dismisses them. Written in Markdown and turned into sanitised
-- HTML when shown. published_at is null while a page is a draft; a slug names a page in its kind's addresses.
CREATE TABLE content_categories (
  id         BIGSERIAL   PRIMARY KEY,
  name       VARCHAR(80) NOT NULL,
  slug       VARCHAR(80) NOT NULL,
  position   INTEGER     NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX content_categories_slug ON content_categories (slug);
CREATE UNIQUE INDEX content_categories_name ON content_categories (lower(name));

CREATE TABLE content_articles (
  id           BIGSERIAL    PRIMARY KEY,
  kind         VARCHAR(12)  NOT NULL CHECK (kind IN ('DOC', 'FAQ', 'BLOG', 'ANNOUNCEMENT')),
  category_id  BIGINT       REFERENCES content_categories (id) ON DELETE SET NULL,
  slug         VARCHAR(120) NOT NULL,
  title        VARCHAR(200) NOT NULL,
  body         TEXT         NOT NULL,
  published_at TIMESTAMPTZ,
  author_name  VARCHAR(200) NOT NULL,
  created_at   TIMESTAMPTZ  NOT NULL,
  updated_at   TIMESTAMPTZ  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX content_articles_slug ON content_articles (kind, slug);
CREATE INDEX content_articles_listing ON content_articles (kind, published_at DESC, id DESC);

CREATE TABLE content_dismissals (
  article_id   BIGINT      NOT NULL REFERENCES content_articles (id) ON DELETE CASCADE,
  user_id      BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  dismissed_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (article_id, user_id)
);

--changeset brandcloud:tenant-036-status-incidents
-- The status page: incidents (and planned maintenance) in the regions the tenant offers, each with the updates staff
-- post while it lasts. A region is named by its connection and the provider's code, as the catalog names it.
CREATE TABLE status_incidents (
  id          BIGSERIAL    PRIMARY KEY,
  title       VARCHAR(200) NOT NULL,
  impact      VARCHAR(12)  NOT NULL CHECK (impact IN ('MAINTENANCE', 'MINOR', 'MAJOR', 'CRITICAL')),
  status      VARCHAR(14)  NOT NULL CHECK (status IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED')),
  started_at  TIMESTAMPTZ  NOT NULL,
  resolved_at TIMESTAMPTZ,
  updated_at  TIMESTAMPTZ  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL))
);
CREATE INDEX status_incidents_recent ON status_incidents (started_at DESC, id DESC);

CREATE TABLE status_incident_regions (
  incident_id   BIGINT       NOT NULL REFERENCES status_incidents (id) ON DELETE CASCADE,
  connection_id BIGINT       NOT NULL REFERENCES provider_connections (id),
  region_code   VARCHAR(100) NOT NULL,
  PRIMARY KEY (incident_id, connection_id, region_code)
);

CREATE TABLE status_incident_updates (
  id          BIGSERIAL    PRIMARY KEY,
  incident_id BIGINT       NOT NULL REFERENCES status_incidents (id) ON DELETE CASCADE,
  status      VARCHAR(14)  NOT NULL CHECK (status IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED')),
  body        TEXT         NOT NULL,
  author_name VARCHAR(200) NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX status_incident_updates_incident ON status_incident_updates (incident_id, created_at, id);
