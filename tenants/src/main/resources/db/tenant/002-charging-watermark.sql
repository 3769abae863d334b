--liquibase formatted sql

--changeset brandcloud:tenant-002-charging-watermark
-- The latest instant a committed charging run charged up to. Every server that was running then has been
-- charged through that hour, so the next run starts each server there instead of looking up its last charge.
CREATE TABLE charging_watermark (
  id            BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (id),
  charged_up_to TIMESTAMPTZ NOT NULL
);
