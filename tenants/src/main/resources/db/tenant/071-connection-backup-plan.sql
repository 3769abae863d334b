--liquibase formatted sql

--changeset brandcloud:tenant-071-connection-backup-plan
-- The provider's backup plan a connection switches servers' backups to, where the provider needs
-- one named (VirtFusion: the id of a backup plan its administrator defined); none: the backup
-- add-on is not offered on that connection's plans (issue 39).
ALTER TABLE provider_connections ADD COLUMN backup_plan VARCHAR(40);
