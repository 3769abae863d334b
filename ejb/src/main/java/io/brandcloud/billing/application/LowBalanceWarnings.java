package io.brandcloud.billing.application;

import io.brandcloud.mail.MailOutbox;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Warns organisations whose balance covers fewer hours of their running servers than the tenant's
 * threshold, at most once a day each. One set-based statement marks the wallets and writes the
 * mails to their owners into the outbox, so a large tenant costs one round trip.
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
      INSERT INTO mail_outbox (recipient, subject, body, status, next_attempt_at, created_at)
      SELECT u.email, ?2 || ': the balance of ' || o.name || ' is running low',
             'Hello ' || u.display_name || ',' || chr(10) || chr(10)
             || 'the balance of ' || o.name || ' is ' || round(low.balance, 2) || ' ' || low.currency
             || ', which covers about ' || greatest(0, floor(low.balance / low.per_hour))
             || ' more hours of your running servers (' || round(low.per_hour, 4) || ' '
             || low.currency || ' an hour).' || chr(10) || chr(10)
             || 'Top up your wallet to keep them running.' || chr(10),
             ?3, now(), now()
      FROM low
      JOIN organisations o ON o.id = low.organisation_id
      JOIN organisation_members m ON m.organisation_id = o.id AND m.role = 'OWNER'
      JOIN users u ON u.id = m.user_id
      RETURNING id
      """;

  @PersistenceContext EntityManager em;
  @Inject MailOutbox outbox;

  /** Warns whoever is low at {@code now}; returns how many warnings were written. */
  public int warn(Instant now) {
    List<?> written =
        em.createNativeQuery(WARN)
            .setParameter(1, now)
            .setParameter(2, CurrentTenant.require().brand().productName())
            .setParameter(3, outbox.newMailStatus())
            .getResultList();
    if (!written.isEmpty()) {
      outbox.flagDue();
    }
    return written.size();
  }
}
