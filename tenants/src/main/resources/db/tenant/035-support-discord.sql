--liquibase formatted sql

--changeset brandcloud:tenant-035-support-discord
-- Discord (issue 17): a tenant connects one Discord channel. New tickets and answers are posted there through the
-- channel's webhook, and staff answer from Discord with the /reply command, which Discord sends to our interactions
-- endpoint signed with the application's Ed25519 key. The webhook's token and the bot token (used only to register
-- the command) are sealed (AES-GCM) by the application; the public key is public.
CREATE TABLE support_discord (
  id                     SMALLINT     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  application_id         VARCHAR(20)  NOT NULL,
  public_key             CHAR(64)     NOT NULL,
  webhook_id             VARCHAR(20)  NOT NULL,
  webhook_token_sealed   BYTEA        NOT NULL,
  bot_token_sealed       BYTEA,
  enabled                BOOLEAN      NOT NULL,
  commands_registered_at TIMESTAMPTZ,
  post_error             VARCHAR(1000),
  updated_at             TIMESTAMPTZ  NOT NULL,
  version                BIGINT       NOT NULL DEFAULT 0
);

-- Which Discord account answers as which staff member; set by an admin, one account per staff member.
CREATE TABLE support_discord_staff (
  discord_user_id VARCHAR(20) PRIMARY KEY,
  user_id         BIGINT      NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  linked_at       TIMESTAMPTZ NOT NULL
);

-- Posts to the channel, a command row each: written with the ticket message that causes it, sent in order by a worker
-- with no transaction open, tried again with backoff (a rate limit does not count as a try) and given up (FAILED)
-- after eight tries, when Discord says the webhook is gone, or when the channel is turned off. One post per ticket
-- message; sent ones are kept for 30 days.
CREATE TABLE support_discord_posts (
  id              BIGSERIAL     PRIMARY KEY,
  message_id      BIGINT        NOT NULL UNIQUE REFERENCES support_ticket_messages (id) ON DELETE CASCADE,
  content         VARCHAR(2000) NOT NULL,
  status          VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  attempts        INTEGER       NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ   NOT NULL,
  claimed_until   TIMESTAMPTZ,
  last_error      VARCHAR(1000),
  request_id      VARCHAR(64),
  created_at      TIMESTAMPTZ   NOT NULL,
  sent_at         TIMESTAMPTZ
);
CREATE INDEX support_discord_posts_unfinished ON support_discord_posts (id) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX support_discord_posts_sent ON support_discord_posts (sent_at) WHERE status = 'SENT';

-- Every interaction taken, once: a signed interaction sent again (a replay inside the five minutes its timestamp is
-- accepted) answers without writing twice. Kept for a day, far longer than a signature is accepted.
CREATE TABLE support_discord_interactions (
  interaction_id  VARCHAR(20)  PRIMARY KEY,
  discord_user_id VARCHAR(20)  NOT NULL,
  received_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX support_discord_interactions_received ON support_discord_interactions (received_at);
