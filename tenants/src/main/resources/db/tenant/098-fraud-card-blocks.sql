--liquibase formatted sql

--changeset brandcloud:tenant-098-fraud-card-blocks
-- Staff block a payment card too (issue 42), by the fingerprint its gateway tells, kept as the gateway wrote it: a top-up
-- paid with it is held for review by the block-list rule.
ALTER TABLE fraud_blocks DROP CONSTRAINT fraud_blocks_kind_check;
ALTER TABLE fraud_blocks ADD CONSTRAINT fraud_blocks_kind_check
  CHECK (kind IN ('EMAIL', 'DOMAIN', 'NAME', 'ADDRESS', 'CARD'));
