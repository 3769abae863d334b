package io.brandcloud.catalog.domain;

import java.util.Locale;

/** When a product's subscriptions change or cancel. */
public enum TimingPolicy {
  /** As the customer chooses. */
  ANY,
  /** At once, the unused days of the term given back. */
  NOW,
  /** When the paid term ends. */
  TERM_END;

  /** Whether a change or cancellation {@code now} (else at the term's end) is allowed. */
  public boolean allows(boolean now) {
    return this == ANY || (this == NOW) == now;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
