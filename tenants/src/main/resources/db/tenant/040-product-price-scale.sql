--liquibase formatted sql

--changeset brandcloud:tenant-040-product-price-scale
-- A tenant's currency may have three decimals (KWD, BHD): prices and what a subscription was charged keep as many
-- as the currency has, as the ledger does, instead of being rounded to two when stored.
ALTER TABLE product_prices ALTER COLUMN amount TYPE NUMERIC(19, 6);
ALTER TABLE product_prices ALTER COLUMN setup_fee TYPE NUMERIC(19, 6);
ALTER TABLE subscription_events ALTER COLUMN amount TYPE NUMERIC(19, 6);
