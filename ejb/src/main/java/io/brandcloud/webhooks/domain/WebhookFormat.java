package io.brandcloud.webhooks.domain;

import io.brandcloud.shared.Validation;
import java.util.Locale;

/**
 * What an endpoint is sent: the signed JSON event for a program, or one line people read for a team
 * chat, as a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat) or a Discord
 * channel webhook takes it.
 */
public enum WebhookFormat {
  JSON,
  SLACK,
  DISCORD;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code json}, {@code slack} or {@code discord}; null when nothing is given. */
  public static WebhookFormat parse(String field, String value) {
    return value == null ? null : Validation.requireChoice(field, value, WebhookFormat.class);
  }
}
