package io.brandcloud.support.tickets.infrastructure;

import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.tables.CursorRows;
import io.brandcloud.support.tickets.domain.TicketExportRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Tickets over a server-side cursor ({@link CursorRows}). */
@ApplicationScoped
public class SqlTicketExportRows implements TicketExportRows {

  @PersistenceContext EntityManager em;

  @Override
  public void tickets(Instant from, Instant until, Consumer<TicketRow> each) {
    try (Stream<Object[]> rows =
        CursorRows.of(
            em.createNativeQuery(
                    "SELECT t.id, t.subject, t.organisation_id, coalesce(o.name, t.visitor_name),"
                        + " d.name, t.priority, t.status, u.display_name, t.created_at, t.closed_at"
                        + " FROM support_tickets t"
                        + " LEFT JOIN organisations o ON o.id = t.organisation_id"
                        + " JOIN support_departments d ON d.id = t.department_id"
                        + " LEFT JOIN users u ON u.id = t.assignee_id"
                        + " WHERE t.created_at >= ?1 AND t.created_at < ?2"
                        + " ORDER BY t.created_at, t.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)))) {
      rows.forEach(
          r ->
              each.accept(
                  new TicketRow(
                      SqlValues.toLong(r[0]),
                      (String) r[1],
                      SqlValues.longOrNull(r[2]),
                      (String) r[3],
                      (String) r[4],
                      (String) r[5],
                      (String) r[6],
                      (String) r[7],
                      SqlValues.instant(r[8]),
                      r[9] == null ? null : SqlValues.instant(r[9]))));
    }
  }
}
