--liquibase formatted sql

--changeset brandcloud:tenant-052-void-invoices-free-their-term
-- A voided invoice no longer bills its term: when that term is billed again (auto-renew turned off and on, a renewal
-- invoiced ahead then called off) a new invoice is issued, so the source reference is unique among the rest only.
ALTER TABLE invoices DROP CONSTRAINT invoices_source_reference_key;
CREATE UNIQUE INDEX invoices_source_reference ON invoices (source_reference) WHERE status <> 'VOID';
