--liquibase formatted sql

--changeset brandcloud:tenant-094-fraud-card-signals
-- The card a top-up was paid with, as the gateway describes it at the confirmation (issue 42): its fingerprint (one
-- card, however often used) and the country that issued it. Fraud screening compares the country with the
-- organisation's billing country and counts the other organisations that paid with the same card; a check about a
-- paid top-up names its payment.
ALTER TABLE payments ADD COLUMN card_fingerprint VARCHAR(64);
ALTER TABLE payments ADD COLUMN card_country CHAR(2) CHECK (card_country ~ '^[A-Z]{2}$');
CREATE INDEX payments_card_fingerprint ON payments (card_fingerprint) WHERE card_fingerprint IS NOT NULL;
ALTER TABLE fraud_checks ADD COLUMN payment_id BIGINT REFERENCES payments (id);
CREATE INDEX fraud_checks_payment ON fraud_checks (payment_id) WHERE payment_id IS NOT NULL;
-- the test card a checkout of the embedded test gateway was paid with, as its last four digits
ALTER TABLE test_gateway_charges ADD COLUMN card VARCHAR(4);
INSERT INTO fraud_rules (rule, weight, limit_value) VALUES
  ('CARD_COUNTRY', 40, NULL),
  ('CARD_SHARED', 60, 1);
