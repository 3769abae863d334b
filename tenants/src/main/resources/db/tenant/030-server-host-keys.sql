--liquibase formatted sql

--changeset brandcloud:tenant-030-server-host-keys
-- The SSH host key a user trusted when a server's console first reached it (its SHA-256 fingerprint), so the next
-- console recognises the server and one that meets another key warns before any password is typed.
CREATE TABLE server_host_keys (
  server_id   BIGINT       PRIMARY KEY REFERENCES servers (id),
  fingerprint VARCHAR(100) NOT NULL,
  trusted_by  VARCHAR(320) NOT NULL,
  trusted_at  TIMESTAMPTZ  NOT NULL
);
