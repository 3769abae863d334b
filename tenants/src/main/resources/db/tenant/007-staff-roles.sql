--liquibase formatted sql

--changeset brandcloud:tenant-007-staff-roles
-- Reseller staff can be billing clerks and support agents besides admins.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('TENANT_ADMIN', 'BILLING', 'SUPPORT', 'CUSTOMER'));
