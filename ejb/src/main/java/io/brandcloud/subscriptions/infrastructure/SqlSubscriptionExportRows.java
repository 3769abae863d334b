package io.brandcloud.subscriptions.infrastructure;

import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.tables.CursorRows;
import io.brandcloud.subscriptions.domain.SubscriptionExportRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Subscriptions over a server-side cursor ({@link CursorRows}). */
@ApplicationScoped
public class SqlSubscriptionExportRows implements SubscriptionExportRows {

  @PersistenceContext EntityManager em;

  @Override
  public void subscriptions(Instant from, Instant until, Consumer<SubscriptionRow> each) {
    try (Stream<Object[]> rows =
        CursorRows.of(
            em.createNativeQuery(
                    "SELECT s.id, s.organisation_id, o.name, p.name, pp.cycle, pp.amount, s.status,"
                        + " s.auto_renew, s.cancel_at_term_end, s.paid_until, s.created_at,"
                        + " s.ended_at FROM subscriptions s"
                        + " JOIN organisations o ON o.id = s.organisation_id"
                        + " JOIN products p ON p.id = s.product_id"
                        + " JOIN product_prices pp ON pp.id = s.price_id"
                        + " WHERE s.created_at < ?2 AND (s.ended_at IS NULL OR s.ended_at >= ?1)"
                        + " ORDER BY s.created_at, s.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)))) {
      rows.forEach(
          r ->
              each.accept(
                  new SubscriptionRow(
                      SqlValues.toLong(r[0]),
                      SqlValues.toLong(r[1]),
                      (String) r[2],
                      (String) r[3],
                      (String) r[4],
                      (BigDecimal) r[5],
                      (String) r[6],
                      (Boolean) r[7],
                      (Boolean) r[8],
                      SqlValues.localDate(r[9]),
                      SqlValues.instant(r[10]),
                      r[11] == null ? null : SqlValues.instant(r[11]))));
    }
  }
}
