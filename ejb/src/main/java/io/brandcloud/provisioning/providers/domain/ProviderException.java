package io.brandcloud.provisioning.providers.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that did not work, with what kind of failure it was, so the worker knows whether
 * to try again and staff see what to mend. The message never holds a token.
 */
public class ProviderException extends RuntimeException {

  /** Why the call failed. */
  public enum Kind {
    /** The token is wrong, expired or lacks a permission: staff must mend the connection. */
    UNAUTHORIZED,
    /** The provider refused what we asked (bad input, wrong state): trying again will not help. */
    REFUSED,
    /** The provider has no such object. */
    NOT_FOUND,
    /** Rate limited, unreachable, timed out or a 5xx: worth trying again later. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final Duration retryAfter;

  public ProviderException(Kind kind, String message) {
    this(kind, message, (Duration) null);
  }

  public ProviderException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = null;
  }

  /** A failure after which the provider said when to ask again (a rate limit's Retry-After). */
  public ProviderException(Kind kind, String message, Duration retryAfter) {
    super(message);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  /** When the provider asked us to try again, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the same call may succeed later. */
  public boolean transientFailure() {
    return kind == Kind.UNAVAILABLE;
  }
}
