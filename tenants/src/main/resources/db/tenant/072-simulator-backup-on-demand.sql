--liquibase formatted sql

--changeset brandcloud:tenant-072-simulator-backup-on-demand
-- The simulator keeps one backup taken on demand beside its daily ones, as Linode keeps one manual
-- snapshot in its Backup service: a new one replaces it, and switching backups off drops it
-- (issue 39).
ALTER TABLE simulator_servers ADD COLUMN backup_taken_at TIMESTAMPTZ;
ALTER TABLE simulator_servers ADD COLUMN backup_label VARCHAR(255);
