--liquibase formatted sql

--changeset brandcloud:platform-008-dark-theme
-- A tenant's portal may be dark; existing portals stay light.
ALTER TABLE tenants ADD COLUMN dark_theme BOOLEAN NOT NULL DEFAULT FALSE;
