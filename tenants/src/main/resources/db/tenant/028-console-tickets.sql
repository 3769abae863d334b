--liquibase formatted sql

--changeset brandcloud:tenant-028-console-tickets
-- A one-time ticket to a server's console: minted by a request that may manage the server, spent by the WebSocket
-- that opens the console, and worthless after a minute. Only the SHA-256 of the ticket is kept, so a database read
-- cannot open a console; the caller who asked (and the staff member impersonating them, and the address the request
-- came from) is kept for the audit log and travels with the socket.
CREATE TABLE console_tickets (
  token_hash      CHAR(64)     PRIMARY KEY,
  server_id       BIGINT       NOT NULL REFERENCES servers (id),
  organisation_id BIGINT       NOT NULL,
  caller_kind     VARCHAR(8)   NOT NULL,
  caller_name     VARCHAR(320) NOT NULL,
  caller_user_id  BIGINT,
  caller_role     VARCHAR(20),
  impersonator    VARCHAR(320),
  origin_address  VARCHAR(64),
  created_at      TIMESTAMPTZ  NOT NULL,
  expires_at      TIMESTAMPTZ  NOT NULL,
  used_at         TIMESTAMPTZ
);
CREATE INDEX console_tickets_expiry ON console_tickets (expires_at);
