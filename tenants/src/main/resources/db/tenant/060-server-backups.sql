--liquibase formatted sql

--changeset brandcloud:tenant-060-server-backups
-- The provider's backups of a server as the last reconciliation listed them (issue 39): what the
-- portal shows and a restore may name, without asking the provider while a page loads.
CREATE TABLE server_backup_lists (
  server_id        BIGINT      PRIMARY KEY REFERENCES servers (id),
  provider_enabled BOOLEAN     NOT NULL,
  listed_at        TIMESTAMPTZ NOT NULL
);
CREATE TABLE server_backups (
  server_id   BIGINT       NOT NULL REFERENCES server_backup_lists (server_id) ON DELETE CASCADE,
  external_id VARCHAR(100) NOT NULL,
  label       VARCHAR(200),
  taken_at    TIMESTAMPTZ  NOT NULL,
  size_mb     BIGINT CHECK (size_mb >= 0),
  PRIMARY KEY (server_id, external_id)
);
-- The simulator's backups start when they are switched on (one then, one a day after) and what
-- the last restore wrote back, so tests see the restore reach the "data centre".
ALTER TABLE simulator_servers ADD COLUMN backups_since TIMESTAMPTZ;
ALTER TABLE simulator_servers ADD COLUMN restored_backup VARCHAR(100);
-- servers whose backups were on before this change have them from now on
UPDATE simulator_servers SET backups_since = now() WHERE backups;
