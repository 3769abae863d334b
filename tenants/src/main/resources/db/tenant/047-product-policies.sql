--liquibase formatted sql

--changeset brandcloud:tenant-047-product-policies
-- When a product's subscriptions change or cancel: as the customer chooses (ANY), at once with the unused days given
-- back (NOW), or at the end of the paid term (TERM_END).
ALTER TABLE products ADD COLUMN change_policy VARCHAR(8) NOT NULL DEFAULT 'ANY'
  CHECK (change_policy IN ('ANY', 'NOW', 'TERM_END'));
ALTER TABLE products ADD COLUMN cancel_policy VARCHAR(8) NOT NULL DEFAULT 'ANY'
  CHECK (cancel_policy IN ('ANY', 'NOW', 'TERM_END'));
