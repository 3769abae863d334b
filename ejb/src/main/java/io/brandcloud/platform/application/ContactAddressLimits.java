package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.ContactAddressCounts;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.SecretTokens;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A ceiling on the messages the contact forms of all shops together take for one address in an
 * hour: each shop mails the address a confirmation, and a shop's own limit alone would let a script
 * mail someone from every shop on the platform. Counted on the main database in a transaction of
 * its own (a tenant's transaction never spans two servers), in ten-minute slots summed over the
 * last hour.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ContactAddressLimits {

  public static final int ALL_SHOPS_PER_ADDRESS_PER_HOUR = 6;

  private static final Duration SLOT = Duration.ofMinutes(10);
  private static final Duration WINDOW = Duration.ofHours(1);

  @Inject ContactAddressCounts counts;
  @Inject ApplicationClock clock;

  /** Counts one more message to {@code email} at {@code now}; false once the hour's are taken. */
  public boolean takeOne(String email, Instant now) {
    Instant slot = slotOf(now);
    return counts.countOne(
            SecretTokens.sha256(email.toLowerCase(Locale.ROOT)), slot, slot.minus(WINDOW))
        <= ALL_SHOPS_PER_ADDRESS_PER_HOUR;
  }

  /** Every ten minutes on every node: the slots no count reads any more. */
  @Schedule(hour = "*", minute = "*/10", second = "15", persistent = false)
  public void forgetOldSlots() {
    counts.forgetBefore(slotOf(clock.now()).minus(WINDOW));
  }

  static Instant slotOf(Instant instant) {
    long seconds = instant.getEpochSecond();
    return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, SLOT.toSeconds()));
  }
}
