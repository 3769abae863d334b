package io.brandcloud.payments.infrastructure;

import io.brandcloud.payments.domain.PaymentExportRows;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.tables.CursorRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Payments over a server-side cursor ({@link CursorRows}). */
@ApplicationScoped
public class SqlPaymentExportRows implements PaymentExportRows {

  @PersistenceContext EntityManager em;

  @Override
  public void payments(Instant from, Instant until, Consumer<PaymentRow> each) {
    try (Stream<Object[]> rows =
        CursorRows.of(
            em.createNativeQuery(
                    "SELECT p.id, p.created_at, p.organisation_id, o.name, g.kind, p.purpose,"
                        + " p.status, p.amount, p.refunded, p.disputed, p.currency, p.completed_at"
                        + " FROM payments p JOIN organisations o ON o.id = p.organisation_id"
                        + " JOIN payment_gateways g ON g.id = p.gateway_id"
                        + " WHERE p.created_at >= ?1 AND p.created_at < ?2"
                        + " ORDER BY p.created_at, p.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)))) {
      rows.forEach(
          r ->
              each.accept(
                  new PaymentRow(
                      SqlValues.toLong(r[0]),
                      SqlValues.instant(r[1]),
                      SqlValues.toLong(r[2]),
                      (String) r[3],
                      (String) r[4],
                      (String) r[5],
                      (String) r[6],
                      (BigDecimal) r[7],
                      (BigDecimal) r[8],
                      (BigDecimal) r[9],
                      (String) r[10],
                      r[11] == null ? null : SqlValues.instant(r[11]))));
    }
  }
}
