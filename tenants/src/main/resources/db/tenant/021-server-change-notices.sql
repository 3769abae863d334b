--liquibase formatted sql

--changeset brandcloud:tenant-021-server-change-notices splitStatements:false
-- Every statement that adds, changes or removes servers tells every node which organisations' servers changed, once
-- per organisation, when (and only if) its transaction commits: PostgreSQL delivers a NOTIFY at commit and folds
-- identical ones. Nodes keep what they read of a customer's servers until such a notice says it changed, whatever
-- wrote the rows (the application, a job's bulk SQL, another node, an operator's psql). The payload is
-- "servers:<schema>:<organisation id>".
CREATE FUNCTION notify_servers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('brandcloud_changes', 'servers:' || TG_TABLE_SCHEMA || ':' || organisation_id)
       FROM (SELECT DISTINCT organisation_id FROM old_rows) AS changed;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM pg_notify('brandcloud_changes', 'servers:' || TG_TABLE_SCHEMA || ':' || organisation_id)
       FROM (SELECT organisation_id FROM new_rows UNION SELECT organisation_id FROM old_rows) AS changed;
  ELSE
    PERFORM pg_notify('brandcloud_changes', 'servers:' || TG_TABLE_SCHEMA || ':' || organisation_id)
       FROM (SELECT DISTINCT organisation_id FROM new_rows) AS changed;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER servers_inserted AFTER INSERT ON servers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_servers_changed();
CREATE TRIGGER servers_updated AFTER UPDATE ON servers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_servers_changed();
CREATE TRIGGER servers_deleted AFTER DELETE ON servers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_servers_changed();
