package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.RunRateFigures;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger and the charge tables read for run rates: hourly charges by the hour they were for,
 * subscription terms by their references ({@code sub:<subscription>:<generation>:<price>:<first
 * day>:<kind>}) with their invoices' periods, and the credits that gave terms back.
 */
@ApplicationScoped
public class SqlRunRateFigures implements RunRateFigures {

  private static final String SUBSCRIPTION_REFERENCE =
      "'^sub:[0-9]+:[0-9]+:[0-9]+:[0-9]{4}-[0-9]{2}-[0-9]{2}:[a-z]+$'";

  private static final String HOURLY_CHARGES =
      "SELECT w.organisation_id,"
          + " to_char(date_trunc('month', c.period_start AT TIME ZONE ?1), 'YYYY-MM'),"
          + " sum(c.amount) FROM ("
          + " SELECT wallet_id, period_start, amount FROM usage_charges WHERE period_start < ?2"
          + " UNION ALL SELECT wallet_id, period_start, amount FROM snapshot_charges"
          + " WHERE period_start < ?2"
          + " UNION ALL SELECT wallet_id, period_start, amount FROM volume_charges"
          + " WHERE period_start < ?2"
          + " UNION ALL SELECT wallet_id, period_start, amount FROM address_charges"
          + " WHERE period_start < ?2"
          + ") c JOIN wallets w ON w.id = c.wallet_id GROUP BY 1, 2";

  // CASE keeps the cast away from any reference that is not a term's
  private static final String TERMS =
      "SELECT w.organisation_id, l.reference, pp.cycle, pp.amount, l.amount,"
          + " to_char(i.period_end + 1, 'YYYY-MM-DD')"
          + " FROM ledger_entries l JOIN wallets w ON w.id = l.wallet_id"
          + " JOIN product_prices pp ON pp.id = CASE WHEN l.reference ~ "
          + SUBSCRIPTION_REFERENCE
          + " THEN split_part(l.reference, ':', 4)::bigint END"
          + " LEFT JOIN invoices i"
          + " ON i.source_reference = regexp_replace(l.reference, ':[a-z]+$', ':term')"
          // a term invoiced again after a void has two invoices of its reference; the void one ends
          // nothing
          + " AND i.status <> 'VOID'"
          + " WHERE l.type = 'SUBSCRIPTION' AND l.reference ~ "
          + SUBSCRIPTION_REFERENCE
          + " AND split_part(l.reference, ':', 6) IN ('term', 'discount')"
          + " AND l.created_at < ?1 ORDER BY l.id";

  private static final String GIVEN_BACK =
      "SELECT regexp_replace(reference, ':credit$', ''),"
          + " to_char(min(created_at) AT TIME ZONE ?1, 'YYYY-MM-DD') FROM ("
          + " SELECT reference, created_at FROM ledger_entries WHERE type = 'SUBSCRIPTION'"
          + " AND created_at < ?2"
          + " UNION ALL SELECT request_reference, issued_at FROM credit_notes WHERE issued_at < ?2"
          + ") g WHERE reference ~ "
          + SUBSCRIPTION_REFERENCE
          + " AND reference LIKE '%:credit' GROUP BY 1";

  private static final Map<String, Integer> CYCLE_MONTHS =
      Map.of("MONTHLY", 1, "QUARTERLY", 3, "SEMI_ANNUAL", 6, "ANNUAL", 12, "BIENNIAL", 24);

  @PersistenceContext EntityManager em;

  @Override
  public List<Usage> usage(ZoneId zone, Instant until) {
    return rows(HOURLY_CHARGES, zone, until).stream()
        .map(
            r ->
                new Usage(
                    SqlValues.toLong(r[0]), YearMonth.parse((String) r[1]), (BigDecimal) r[2]))
        .toList();
  }

  @Override
  public Instant chargedUpTo() {
    Object last =
        em.createNativeQuery("SELECT max(charged_up_to) FROM charging_watermark").getSingleResult();
    return last == null ? null : SqlValues.instant(last);
  }

  @Override
  public List<TermRow> terms(Instant until) {
    return ((List<?>)
            em.createNativeQuery(TERMS).setParameter(1, Timestamp.from(until)).getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                r -> {
                  String[] parts = ((String) r[1]).split(":");
                  return new TermRow(
                      SqlValues.toLong(r[0]),
                      termOf(parts),
                      LocalDate.parse(parts[4]),
                      r[5] == null ? null : LocalDate.parse((String) r[5]),
                      CYCLE_MONTHS.get((String) r[2]),
                      (BigDecimal) r[3],
                      parts[5],
                      (BigDecimal) r[4]);
                })
            .toList();
  }

  @Override
  public Map<String, LocalDate> termsGivenBack(ZoneId zone, Instant until) {
    Map<String, LocalDate> stopped = new HashMap<>();
    for (Object[] r : rows(GIVEN_BACK, zone, until)) {
      stopped.put((String) r[0], LocalDate.parse((String) r[1]));
    }
    return stopped;
  }

  @Override
  public Map<Long, YearMonth> firstPayments(ZoneId zone, Instant until) {
    Map<Long, YearMonth> first = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT w.organisation_id,"
                + " to_char(date_trunc('month', min(l.created_at) AT TIME ZONE ?1), 'YYYY-MM')"
                + " FROM ledger_entries l JOIN wallets w ON w.id = l.wallet_id"
                + " WHERE l.type = 'TOP_UP' AND l.created_at < ?2 GROUP BY 1",
            zone,
            until)) {
      first.put(SqlValues.toLong(r[0]), YearMonth.parse((String) r[1]));
    }
    return first;
  }

  private static String termOf(String[] parts) {
    return String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4]);
  }

  private List<Object[]> rows(String sql, ZoneId zone, Instant until) {
    return ((List<?>)
            em.createNativeQuery(sql)
                .setParameter(1, zone.getId())
                .setParameter(2, Timestamp.from(until))
                .getResultList())
        .stream().map(Object[].class::cast).toList();
  }
}
