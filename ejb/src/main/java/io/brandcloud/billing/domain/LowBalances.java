package io.brandcloud.billing.domain;

import java.time.Instant;
import java.util.List;

/**
 * The current tenant's wallets whose balance covers fewer hours of their running servers than the
 * tenant's threshold, and when each was last warned.
 */
public interface LowBalances {

  /**
   * Marks the low wallets not warned in the day before {@code now} as warned at {@code now}, in one
   * statement, and returns their owners to warn.
   */
  List<LowBalance> markWarned(Instant now);
}
