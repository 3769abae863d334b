package io.brandcloud.billing.domain;

import java.io.Serializable;
import java.time.Instant;

/** The server and the hour a usage charge was for. */
public record UsagePeriod(String hostname, Instant periodStart) implements Serializable {

  /** A usage charge's ledger reference is {@code usage:<charge id>}; the id, if it is one. */
  public static java.util.OptionalLong chargeOf(String reference) {
    if (reference == null || !reference.startsWith("usage:")) {
      return java.util.OptionalLong.empty();
    }
    try {
      return java.util.OptionalLong.of(Long.parseLong(reference.substring("usage:".length())));
    } catch (NumberFormatException e) {
      return java.util.OptionalLong.empty();
    }
  }
}
