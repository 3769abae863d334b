--liquibase formatted sql

--changeset brandcloud:tenant-097-notifications
-- The notification centre (issue 41): what the panel told a user, as the subject of the mail it sent them in their
-- language, with a link to what it is about, until they read it; and each user's choice per kind of message (the mail
-- template's key) whether to be told in the app, by mail, both or neither. Messages that open an account or prove
-- who someone is are always mailed and never kept here.
CREATE TABLE notifications (
  id         BIGSERIAL     PRIMARY KEY,
  user_id    BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind       VARCHAR(48)   NOT NULL,
  subject    VARCHAR(300)  NOT NULL,
  link       VARCHAR(1000),
  created_at TIMESTAMPTZ   NOT NULL,
  read_at    TIMESTAMPTZ
);
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_created ON notifications (created_at);

CREATE TABLE notification_preferences (
  user_id BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind    VARCHAR(48) NOT NULL,
  in_app  BOOLEAN     NOT NULL,
  mail    BOOLEAN     NOT NULL,
  PRIMARY KEY (user_id, kind)
);

--changeset brandcloud:tenant-097-notification-notices splitStatements:false
-- A user's bell follows their own notifications, under a topic only that user's sockets hear.
CREATE FUNCTION notify_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandcloud_changes', 'notifications:' || TG_TABLE_SCHEMA || ':' || user_id)
     FROM (SELECT DISTINCT user_id FROM new_rows) AS changed;
  RETURN NULL;
END
$$;

CREATE TRIGGER notifications_inserted AFTER INSERT ON notifications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_notifications();
CREATE TRIGGER notifications_read AFTER UPDATE ON notifications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_notifications();
