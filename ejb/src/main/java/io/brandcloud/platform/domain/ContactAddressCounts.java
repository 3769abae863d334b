package io.brandcloud.platform.domain;

import java.time.Instant;

/** Messages the contact forms of every shop took for one address, counted in time slots. */
public interface ContactAddressCounts {

  /**
   * Counts one more message for the address in the slot that starts at {@code slot}; answers the
   * messages of the slots that started after {@code since}, this one included.
   */
  int countOne(String addressDigest, Instant slot, Instant since);

  /** Forgets the slots that started before {@code instant}. */
  int forgetBefore(Instant instant);
}
