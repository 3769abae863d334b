package io.brandcloud.support.tickets.infrastructure;

import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.tables.CursorRows;
import io.brandcloud.support.tickets.domain.TicketExportRows;
import io.brandcloud.support.tickets.domain.TicketFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Tickets over a server-side cursor ({@link CursorRows}). */
@ApplicationScoped
public class SqlTicketExportRows implements TicketExportRows {

  @PersistenceContext EntityManager em;

  @Override
  public void tickets(Instant from, Instant until, TicketFilter filter, Consumer<TicketRow> each) {
    List<Object> parameters = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(until)));
    StringBuilder where = new StringBuilder(" WHERE t.created_at >= ?1 AND t.created_at < ?2");
    if (filter.status().isPresent()) {
      parameters.add(filter.status().get().name());
      where.append(" AND t.status = ?").append(parameters.size());
    } else if (filter.open()) {
      where.append(" AND t.status <> 'CLOSED'");
    }
    filter
        .departmentId()
        .ifPresent(
            department -> {
              parameters.add(department);
              where.append(" AND t.department_id = ?").append(parameters.size());
            });
    if (filter.assigneeId().isPresent()) {
      parameters.add(filter.assigneeId().get());
      where.append(" AND t.assignee_id = ?").append(parameters.size());
    } else if (filter.unassigned()) {
      where.append(" AND t.assignee_id IS NULL");
    }
    filter
        .organisationId()
        .ifPresent(
            organisation -> {
              parameters.add(organisation);
              where.append(" AND t.organisation_id = ?").append(parameters.size());
            });
    Query query =
        em.createNativeQuery(
            "SELECT t.id, t.subject, t.organisation_id, coalesce(o.name, t.visitor_name),"
                + " d.name, t.priority, t.status, u.display_name, t.created_at, t.closed_at"
                + " FROM support_tickets t"
                + " LEFT JOIN organisations o ON o.id = t.organisation_id"
                + " JOIN support_departments d ON d.id = t.department_id"
                + " LEFT JOIN users u ON u.id = t.assignee_id"
                + where
                + " ORDER BY t.created_at, t.id");
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    try (Stream<Object[]> rows = CursorRows.of(query)) {
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
