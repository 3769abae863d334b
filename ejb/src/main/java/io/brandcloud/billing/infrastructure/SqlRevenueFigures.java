package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.RevenueFigures;
import io.brandcloud.billing.domain.RevenuePeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger and the credit notes summed by day, week or month in the tenant's time zone. Card
 * refunds are refund rows that take money out; refund rows that put money back are credit notes
 * (counted from the notes themselves, tax apart) or usage given back, which lessens what servers
 * earned.
 */
@ApplicationScoped
public class SqlRevenueFigures implements RevenueFigures {

  private static final String PERIOD =
      "to_char(date_trunc('%s', %s AT TIME ZONE ?1), 'YYYY-MM-DD')";

  /**
   * An open invoice voided gets a credit note of its whole amount, but its wallet was never
   * charged, so such a note takes no revenue back.
   */
  static final String NOT_A_VOID = "request_reference NOT LIKE 'void:%'";

  @PersistenceContext EntityManager em;

  @Override
  public List<Sums> periods(ZoneId zone, RevenuePeriod by, Instant from, Instant until) {
    Map<LocalDate, BigDecimal[]> periods = new TreeMap<>();
    for (Object row :
        grouped(
            "SELECT "
                + PERIOD.formatted(by.wireName(), "created_at")
                + ", -coalesce(sum(amount) FILTER (WHERE type = 'USAGE_CHARGE'"
                + " OR type = 'REFUND' AND amount > 0 AND reference NOT LIKE 'credit-note:%'), 0),"
                + " -coalesce(sum(amount) FILTER (WHERE type = 'SUBSCRIPTION'), 0),"
                + " -coalesce(sum(amount) FILTER (WHERE type = 'INVOICE'), 0),"
                + " -coalesce(sum(amount) FILTER (WHERE type = 'TAX'), 0),"
                + " coalesce(sum(amount) FILTER (WHERE type = 'TOP_UP'), 0),"
                + " -coalesce(sum(amount) FILTER (WHERE type = 'REFUND' AND amount < 0), 0),"
                + " -coalesce(sum(amount) FILTER (WHERE type = 'DISPUTE'), 0),"
                + " coalesce(sum(amount) FILTER (WHERE type = 'CREDIT'), 0),"
                + " coalesce(sum(amount) FILTER (WHERE type IN ('ADJUSTMENT', 'REVERSAL')), 0)"
                + " FROM ledger_entries WHERE created_at >= ?2 AND created_at < ?3 GROUP BY 1",
            zone,
            from,
            until)) {
      Object[] r = (Object[]) row;
      BigDecimal[] sums = sums(periods, (String) r[0]);
      sums[0] = sums[0].add((BigDecimal) r[1]);
      sums[1] = (BigDecimal) r[2];
      sums[2] = (BigDecimal) r[3];
      sums[4] = sums[4].add((BigDecimal) r[4]);
      for (int i = 5; i <= 9; i++) {
        sums[i] = (BigDecimal) r[i];
      }
    }
    for (Object row :
        grouped(
            "SELECT "
                + PERIOD.formatted(by.wireName(), "issued_at")
                + ", sum(subtotal), sum(tax_total) FROM credit_notes"
                + " WHERE issued_at >= ?2 AND issued_at < ?3 AND "
                + NOT_A_VOID
                + " GROUP BY 1",
            zone,
            from,
            until)) {
      Object[] r = (Object[]) row;
      BigDecimal[] sums = sums(periods, (String) r[0]);
      sums[3] = (BigDecimal) r[1];
      sums[4] = sums[4].subtract((BigDecimal) r[2]);
    }
    return periods.entrySet().stream()
        .map(
            m -> {
              BigDecimal[] s = m.getValue();
              return new Sums(
                  m.getKey(), s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9]);
            })
        .toList();
  }

  /** Rows of a query grouped by period: ?1 the time zone, ?2 and ?3 the range. */
  private List<?> grouped(String sql, ZoneId zone, Instant from, Instant until) {
    return em.createNativeQuery(sql)
        .setParameter(1, zone.getId())
        .setParameter(2, Timestamp.from(from))
        .setParameter(3, Timestamp.from(until))
        .getResultList();
  }

  private static BigDecimal[] sums(Map<LocalDate, BigDecimal[]> periods, String start) {
    return periods.computeIfAbsent(
        LocalDate.parse(start),
        m -> {
          BigDecimal[] zero = new BigDecimal[10];
          java.util.Arrays.fill(zero, BigDecimal.ZERO);
          return zero;
        });
  }
}
