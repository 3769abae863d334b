--liquibase formatted sql

--changeset brandcloud:platform-018-contact-address-counts
-- How many messages the contact forms of all shops together took for one address (issue 40), in ten-minute slots
-- summed over the last hour: each shop mails the address a confirmation, so a shop's own limit alone would let a
-- script mail someone from every shop on the platform. The address is kept as a digest rather than as written, and
-- only for an hour or two. Unlogged: a crash forgets the counts, which only opens the forms again a little early;
-- a timer on every node deletes slots older than an hour.
CREATE UNLOGGED TABLE contact_address_counts (
  address_digest VARCHAR(64) NOT NULL,
  slot_start     TIMESTAMPTZ NOT NULL,
  messages       INTEGER     NOT NULL,
  PRIMARY KEY (address_digest, slot_start)
);
CREATE INDEX contact_address_counts_slot ON contact_address_counts (slot_start);
