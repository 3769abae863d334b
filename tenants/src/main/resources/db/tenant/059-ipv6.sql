--liquibase formatted sql

--changeset brandcloud:tenant-059-ipv6
-- A server's public IPv6 address, where its provider gave it one (issue 39).
ALTER TABLE servers ADD COLUMN ipv6 VARCHAR(45);
