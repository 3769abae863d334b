--liquibase formatted sql

--changeset brandcloud:tenant-049-server-subscriptions
-- A cloud server sold for prepaid terms: a SERVER product sells one of the plans, and each of its subscriptions
-- drives one server, which hourly charging leaves alone (the term pays for it).
ALTER TABLE products DROP CONSTRAINT products_kind_check;
ALTER TABLE products ADD CONSTRAINT products_kind_check
  CHECK (kind IN ('SERVICE', 'ADDON', 'LICENCE', 'SERVER'));
ALTER TABLE products ADD COLUMN plan_id BIGINT REFERENCES plans (id);
ALTER TABLE products ADD CONSTRAINT products_server_plan CHECK ((kind = 'SERVER') = (plan_id IS NOT NULL));
ALTER TABLE servers ADD COLUMN subscription_id BIGINT UNIQUE REFERENCES subscriptions (id);
-- a subscription's server is suspended while its renewal is unpaid, as a debt suspends an hourly one
ALTER TABLE servers ALTER COLUMN suspension TYPE VARCHAR(16);
ALTER TABLE servers DROP CONSTRAINT servers_suspension_check;
ALTER TABLE servers ADD CONSTRAINT servers_suspension_check
  CHECK (suspension IN ('DEBT', 'STAFF', 'SUBSCRIPTION'));
