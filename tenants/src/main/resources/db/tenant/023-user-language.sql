--liquibase formatted sql

--changeset brandcloud:tenant-023-user-language
-- The language a user chose for the portal; null follows the browser.
ALTER TABLE users ADD COLUMN language VARCHAR(8);
