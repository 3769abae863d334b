--liquibase formatted sql

--changeset brandcloud:tenant-058-reverse-dns
-- The name a server's IPv4 address resolves back to (its PTR record), as the provider last confirmed it (issue 39).
ALTER TABLE servers ADD COLUMN reverse_dns VARCHAR(253);

-- An action's parameter holds such a name too (widening a VARCHAR rewrites nothing).
ALTER TABLE server_actions ALTER COLUMN parameter TYPE VARCHAR(253);

-- What the simulator was asked to point its servers' addresses back to.
ALTER TABLE simulator_servers ADD COLUMN reverse_dns VARCHAR(253);
