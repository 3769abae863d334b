--liquibase formatted sql

--changeset brandcloud:tenant-066-plan-transfer
-- The outbound transfer a provider's plan includes a month, in GB (issue 39), as its catalog says:
-- null where it says none, 0 where it is unmetered. Filled at the next sync.
ALTER TABLE provider_catalog ADD COLUMN transfer_gb INTEGER CHECK (transfer_gb >= 0);
