--liquibase formatted sql

--changeset brandcloud:platform-012-rate-limit-buckets
-- The API's token buckets, shared by every node (Bucket4j's PostgreSQL store: a row per tenant, limit and caller,
-- locked while one request takes a token). Unlogged: a crash forgets them, which only refills every bucket.
-- expires_at (epoch milliseconds) is when a bucket would be full again; the cleaner deletes rows past it.
CREATE UNLOGGED TABLE rate_limit_buckets (
  id         VARCHAR(300) PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);
CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
