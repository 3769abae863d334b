--liquibase formatted sql

--changeset brandcloud:tenant-056-stacking-coupons
-- One coupon per order unless staff allow a coupon to stack: an order may then carry several stackable coupons, each
-- taking its share off what the ones before it left, each an invoice line of its own.
ALTER TABLE coupons ADD COLUMN stackable BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE coupon_redemptions DROP CONSTRAINT coupon_redemptions_subscription_id_key;
ALTER TABLE coupon_redemptions ADD CONSTRAINT coupon_redemptions_subscription_coupon
  UNIQUE (subscription_id, coupon_id);
