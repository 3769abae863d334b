package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.CustomerExportRows;
import io.brandcloud.identity.infrastructure.CustomerMatch;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.tables.CursorRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Customers over a server-side cursor ({@link CursorRows}). */
@ApplicationScoped
public class SqlCustomerExportRows implements CustomerExportRows {

  @PersistenceContext EntityManager em;

  @Override
  public void customers(
      Instant from, Instant until, CustomerFilter filter, Consumer<CustomerRow> each) {
    String where = " WHERE o.created_at >= ?1 AND o.created_at < ?2";
    if (filter.closed() != null) {
      where += filter.closed() ? " AND o.closed_at IS NOT NULL" : " AND o.closed_at IS NULL";
    }
    boolean searching = filter.text() != null && !filter.text().isBlank();
    if (searching) {
      where += " AND " + CustomerMatch.condition(3, 4);
    }
    Query query =
        em.createNativeQuery(
                "SELECT o.id, o.name, o.personal, u.display_name, u.email,"
                    + " u.disabled_at IS NOT NULL, o.created_at,"
                    + " (SELECT count(*) FROM servers s WHERE s.organisation_id = o.id"
                    + "   AND s.status NOT IN ('TERMINATED', 'FAILED')),"
                    + " coalesce(w.balance, 0), o.closed_at"
                    + " FROM organisations o JOIN organisation_members m"
                    + "   ON m.organisation_id = o.id AND m.role = 'OWNER'"
                    + " JOIN users u ON u.id = m.user_id"
                    + " LEFT JOIN wallets w ON w.organisation_id = o.id"
                    + where
                    + " ORDER BY o.created_at, o.id")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(until));
    if (searching) {
      String text = filter.text().strip();
      query.setParameter(3, CustomerMatch.contains(text)).setParameter(4, text);
    }
    try (Stream<Object[]> rows = CursorRows.of(query)) {
      rows.forEach(
          r ->
              each.accept(
                  new CustomerRow(
                      SqlValues.toLong(r[0]),
                      (String) r[1],
                      (Boolean) r[2],
                      (String) r[3],
                      (String) r[4],
                      (Boolean) r[5],
                      SqlValues.instant(r[6]),
                      SqlValues.toLong(r[7]),
                      (BigDecimal) r[8],
                      r[9] == null ? null : SqlValues.instant(r[9]))));
    }
  }
}
