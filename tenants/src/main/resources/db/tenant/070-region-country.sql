--liquibase formatted sql

--changeset brandcloud:tenant-070-region-country
-- The country a region lies in (ISO 3166-1 alpha-2), where its provider says or its name shows it
-- (issue 39): the order form names it beside the region.
ALTER TABLE provider_catalog ADD COLUMN country CHAR(2);
