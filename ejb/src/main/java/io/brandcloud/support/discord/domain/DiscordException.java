package io.brandcloud.support.discord.domain;

import java.time.Duration;
import java.util.Optional;

/** Discord did not take a call: whether trying again may help, and when at the earliest. */
public class DiscordException extends RuntimeException {

  private final boolean transientFailure;
  private final Duration retryAfter;
  private final boolean webhookGone;

  public DiscordException(String message, boolean transientFailure, Duration retryAfter) {
    this(message, transientFailure, retryAfter, false);
  }

  private DiscordException(
      String message, boolean transientFailure, Duration retryAfter, boolean webhookGone) {
    super(message);
    this.transientFailure = transientFailure;
    this.retryAfter = retryAfter;
    this.webhookGone = webhookGone;
  }

  /** Discord no longer knows the webhook or its token: deleted in Discord, say. */
  public static DiscordException webhookGone(String message) {
    return new DiscordException(message, false, null, true);
  }

  public boolean webhookGone() {
    return webhookGone;
  }

  public boolean transientFailure() {
    return transientFailure;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
