package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.LowBalance;
import io.brandcloud.billing.domain.LowBalances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

@ApplicationScoped
public class JpaLowBalances implements LowBalances {

  private static final String WARN =
      """
      WITH burn AS (
        SELECT organisation_id, sum(hourly_price) AS per_hour
        FROM servers WHERE status IN ('RUNNING', 'STOPPED') GROUP BY organisation_id
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

  @Override
  public List<LowBalance> markWarned(Instant now) {
    List<?> owners = em.createNativeQuery(WARN).setParameter(1, now).getResultList();
    return owners.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new LowBalance(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (BigDecimal) r[3],
                    Currency.getInstance((String) r[4]),
                    (BigDecimal) r[5]))
        .toList();
  }
}
