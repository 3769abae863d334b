--liquibase formatted sql

--changeset brandcloud:tenant-074-invitations-by-address
-- A logged-in user sees the invitations still open to their address, without the mailed link
-- (issue 40).
CREATE INDEX invitations_open_by_address ON invitations (email)
  WHERE accepted_at IS NULL AND declined_at IS NULL;
