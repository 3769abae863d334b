package io.brandcloud.webhooks.domain;

import io.brandcloud.shared.BrandcloudException;
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
    if (value == null) {
      return null;
    }
    for (WebhookFormat format : values()) {
      if (format.wireName().equals(value.strip())) {
        return format;
      }
    }
    throw BrandcloudException.invalid(field, "Give json, slack or discord");
  }
}
