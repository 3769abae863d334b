package io.brandcloud.support.domain;

import java.time.Duration;
import java.util.Optional;

/** Discord did not take a call: whether trying again may help, and when at the earliest. */
public class DiscordException extends RuntimeException {

  private final boolean transientFailure;
  private final Duration retryAfter;

  public DiscordException(String message, boolean transientFailure, Duration retryAfter) {
    super(message);
    this.transientFailure = transientFailure;
    this.retryAfter = retryAfter;
  }

  public boolean transientFailure() {
    return transientFailure;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
