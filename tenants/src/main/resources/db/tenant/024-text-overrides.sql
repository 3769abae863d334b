--liquibase formatted sql

--changeset brandcloud:tenant-024-text-overrides splitStatements:false
-- A tenant's own wording of a portal text in one language (its product names, its tone); texts without a row keep
-- Brandcloud's wording. Every node keeps the overrides it read until a notice says they changed.
CREATE TABLE text_overrides (
  text_key   VARCHAR(120)  NOT NULL,
  language   VARCHAR(8)    NOT NULL,
  text       VARCHAR(2000) NOT NULL,
  updated_at TIMESTAMPTZ   NOT NULL,
  updated_by VARCHAR(320)  NOT NULL,
  PRIMARY KEY (text_key, language)
);

CREATE FUNCTION notify_texts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandcloud_changes', 'texts:' || TG_TABLE_SCHEMA || ':0');
  RETURN NULL;
END
$$;

CREATE TRIGGER text_overrides_changed AFTER INSERT OR UPDATE OR DELETE ON text_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION notify_texts_changed();
