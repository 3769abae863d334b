package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.WalletFigures;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaWalletFigures implements WalletFigures {

  private static final String LOWEST =
      """
      WITH burn AS (
        SELECT organisation_id, sum(hourly_price) AS per_hour
        FROM servers WHERE status IN ('RUNNING', 'STOPPED') GROUP BY organisation_id
      )
      SELECT o.id, o.name, w.balance, b.per_hour
      FROM burn b
      JOIN wallets w ON w.organisation_id = b.organisation_id
      JOIN organisations o ON o.id = b.organisation_id
      JOIN tenant_settings s ON s.id = 1
      WHERE w.balance < b.per_hour * s.low_balance_hours
      ORDER BY w.balance / b.per_hour, o.id
      LIMIT ?1
      """;

  @PersistenceContext EntityManager em;

  @Override
  public BigDecimal topUpsSince(Instant from) {
    Object sum =
        em.createNativeQuery(
                "SELECT coalesce(sum(amount), 0) FROM ledger_entries WHERE created_at >= ?1"
                    + " AND (type = 'TOP_UP' OR type = 'REFUND' AND reference LIKE 'refund:%')")
            .setParameter(1, Timestamp.from(from))
            .getSingleResult();
    return (BigDecimal) sum;
  }

  @Override
  public Debt debt() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), coalesce(-sum(balance), 0) FROM wallets WHERE balance < 0")
                .getSingleResult();
    return new Debt(SqlValues.toLong(row[0]), (BigDecimal) row[1]);
  }

  @Override
  public List<LowBalanceCustomer> lowestBalances(int limit) {
    List<?> rows = em.createNativeQuery(LOWEST).setParameter(1, limit).getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new LowBalanceCustomer(
                    SqlValues.toLong(r[0]), (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3]))
        .toList();
  }
}
