package io.brandcloud.payments.domain;

/**
 * A gateway call that did not work, saying whether trying again may help; never with a secret in
 * its message. A webhook whose signature does not verify is {@link #forged}.
 */
public class GatewayException extends RuntimeException {

  private final boolean transientFailure;

  public GatewayException(String message, boolean transientFailure) {
    super(message);
    this.transientFailure = transientFailure;
  }

  public static GatewayException forged(String why) {
    return new GatewayException(why, false);
  }

  public boolean transientFailure() {
    return transientFailure;
  }
}
