--liquibase formatted sql

--changeset brandcloud:tenant-082-webhook-formats
-- What an endpoint is sent (issue 41): the signed JSON event (JSON), or one line people read, as a Slack-compatible
-- incoming webhook takes it (SLACK: Slack, Mattermost, Rocket.Chat) or a Discord channel webhook (DISCORD), so that
-- staff see chosen events in their team chat.
ALTER TABLE webhook_endpoints ADD COLUMN format VARCHAR(8) NOT NULL DEFAULT 'JSON'
  CHECK (format IN ('JSON', 'SLACK', 'DISCORD'));
