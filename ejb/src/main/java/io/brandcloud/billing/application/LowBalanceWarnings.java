package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.LowBalance;
import io.brandcloud.billing.domain.LowBalances;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.PerHour;
import io.brandcloud.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Warns organisations whose balance covers fewer hours of their running servers than the tenant's
 * threshold, at most once a day each. One set-based statement marks the wallets and returns their
 * owners, so a large tenant costs one round trip; the mails are rendered from the tenant's
 * template.
 */
@Stateless
public class LowBalanceWarnings {

  @Inject LowBalances lowBalances;
  @Inject MailOutbox outbox;

  /** Warns whoever is low at {@code now}; returns how many warnings were written. */
  public int warn(Instant now) {
    List<MailOutbox.Addressed> mails =
        lowBalances.markWarned(now).stream().map(LowBalanceWarnings::warning).toList();
    outbox.sendAll(MessageType.LOW_BALANCE, mails);
    return mails.size();
  }

  private static MailOutbox.Addressed warning(LowBalance low) {
    BigDecimal balance = low.balance();
    BigDecimal perHour = low.perHour();
    long hours = Math.max(0, balance.divide(perHour, 0, RoundingMode.FLOOR).longValue());
    return new MailOutbox.Addressed(
        low.ownerEmail(),
        Map.of(
            "name",
            low.ownerName(),
            "organisation",
            low.organisationName(),
            "balance",
            new Money(balance, low.currency()),
            "hours",
            hours,
            "perHour",
            new PerHour(new Money(perHour, low.currency()))));
  }
}
