package io.brandcloud.subscriptions.domain;

import java.util.Locale;

/**
 * Where a subscription is in its life: {@code TRIAL → ACTIVE → PAST_DUE → SUSPENDED → CANCELLED},
 * or {@code ENDED} when it ran out at the end of a term it was not renewed after.
 */
public enum SubscriptionStatus {
  TRIAL,
  ACTIVE,
  PAST_DUE,
  SUSPENDED,
  CANCELLED,
  ENDED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether its next term is due and unpaid. */
  public boolean unpaid() {
    return this == PAST_DUE || this == SUSPENDED;
  }

  /** Whether it is over: nothing renews, changes or is charged any more. */
  public boolean over() {
    return this == CANCELLED || this == ENDED;
  }
}
