package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.MarginFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Usage charges by the hour they were for: a charge names the plan it was sold on; one from before
 * charges kept their plan counts under its server's plan of today.
 */
@ApplicationScoped
public class SqlMarginFigures implements MarginFigures {

  private static final String PLAN_MONTHS =
      """
      SELECT to_char(date_trunc('month', u.period_start AT TIME ZONE ?1), 'YYYY-MM-DD'),
             p.name, c.name, count(*), sum(u.amount), p.provider_monthly_cost
      FROM usage_charges u
      JOIN servers s ON s.id = u.server_id
      JOIN plans p ON p.id = coalesce(u.plan_id, s.plan_id)
      JOIN provider_connections c ON c.id = p.connection_id
      WHERE u.period_start >= ?2 AND u.period_start < ?3
      GROUP BY 1, p.id, p.name, c.name, p.provider_monthly_cost
      ORDER BY 1, 5 DESC, 2
      """;

  @PersistenceContext EntityManager em;

  @Override
  public List<PlanMonth> planMonths(ZoneId zone, Instant from, Instant until) {
    return ((List<?>)
            em.createNativeQuery(PLAN_MONTHS)
                .setParameter(1, zone.getId())
                .setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(until))
                .getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new PlanMonth(
                        LocalDate.parse((String) r[0]),
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue(),
                        (BigDecimal) r[4],
                        (BigDecimal) r[5]))
            .toList();
  }
}
