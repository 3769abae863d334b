--liquibase formatted sql

--changeset brandcloud:tenant-016-seller-on-documents
-- Invoices and credit notes keep the seller's name, address and tax ids as they were when issued.
ALTER TABLE invoices ADD COLUMN seller VARCHAR(1000);
ALTER TABLE credit_notes ADD COLUMN seller VARCHAR(1000);
