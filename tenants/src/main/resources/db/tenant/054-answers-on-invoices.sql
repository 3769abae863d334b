--liquibase formatted sql

--changeset brandcloud:tenant-054-answers-on-invoices
-- A question staff mark is printed with its answer on the invoices of the subscription that gave it (a domain name,
-- a purchase order number), on the term's line.
ALTER TABLE product_fields ADD COLUMN on_invoice BOOLEAN NOT NULL DEFAULT FALSE;
