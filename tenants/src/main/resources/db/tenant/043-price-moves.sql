--liquibase formatted sql

--changeset brandcloud:tenant-043-price-moves
-- How many days before a subscription pays a product's new price its customer is told.
ALTER TABLE tenant_settings ADD COLUMN price_notice_days INT NOT NULL DEFAULT 30
  CHECK (price_notice_days BETWEEN 0 AND 365);

-- A price staff moved the subscription to: its renewals from next_price_from on pay it (the customer was mailed).
ALTER TABLE subscriptions ADD COLUMN next_price_id BIGINT REFERENCES product_prices (id);
ALTER TABLE subscriptions ADD COLUMN next_price_from DATE;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_next_price
  CHECK ((next_price_id IS NULL) = (next_price_from IS NULL));
