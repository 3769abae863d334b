package io.brandcloud.billing.application;

import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.PerHour;
import io.brandcloud.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
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

  private static final String WARN =
      """
      WITH burn AS (
        SELECT organisation_id, sum(hourly_price) AS per_hour
        FROM servers WHERE status = 'RUNNING' GROUP BY organisation_id
      ), low AS (
        UPDATE wallets w SET low_balance_warned_at = CAST(?1 AS timestamptz)
        FROM burn b, tenant_settings s
        WHERE b.organisation_id = w.organisation_id AND s.id = 1
          AND w.balance < b.per_hour * s.low_balance_hours
          AND (w.low_balance_warned_at IS NULL
               OR w.low_balance_warned_at <= CAST(?1 AS timestamptz) - interval '1 day')
        RETURNING w.organisation_id, w.balance, w.currency, b.per_hour
      )
      SELECT u.email, u.display_name, o.name, low.balance, low.currency, low.per_hour
      FROM low
      JOIN organisations o ON o.id = low.organisation_id
      JOIN organisation_members m ON m.organisation_id = o.id AND m.role = 'OWNER'
      JOIN users u ON u.id = m.user_id
      """;

  @PersistenceContext EntityManager em;
  @Inject MailOutbox outbox;

  /** Warns whoever is low at {@code now}; returns how many warnings were written. */
  public int warn(Instant now) {
    List<?> owners = em.createNativeQuery(WARN).setParameter(1, now).getResultList();
    List<MailOutbox.Addressed> mails =
        owners.stream().map(Object[].class::cast).map(LowBalanceWarnings::warning).toList();
    outbox.sendAll(MessageType.LOW_BALANCE, mails);
    return mails.size();
  }

  private static MailOutbox.Addressed warning(Object[] row) {
    Currency currency = Currency.getInstance((String) row[4]);
    BigDecimal balance = (BigDecimal) row[3];
    BigDecimal perHour = (BigDecimal) row[5];
    long hours = Math.max(0, balance.divide(perHour, 0, RoundingMode.FLOOR).longValue());
    return new MailOutbox.Addressed(
        (String) row[0],
        Map.of(
            "name",
            row[1],
            "organisation",
            row[2],
            "balance",
            new Money(balance, currency),
            "hours",
            hours,
            "perHour",
            new PerHour(new Money(perHour, currency))));
  }
}
