package io.brandcloud.provisioning.servers.infrastructure;

import io.brandcloud.provisioning.servers.domain.ServerExportRows;
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

/** Servers over a server-side cursor ({@link CursorRows}). */
@ApplicationScoped
public class SqlServerExportRows implements ServerExportRows {

  @PersistenceContext EntityManager em;

  @Override
  public void servers(Instant from, Instant until, Consumer<ServerRow> each) {
    try (Stream<Object[]> rows =
        CursorRows.of(
            em.createNativeQuery(
                    "SELECT s.id, s.hostname, s.organisation_id, o.name, p.name, c.name, s.region,"
                        + " s.image, s.status, s.ipv4, s.ipv6, s.hourly_price, s.created_at,"
                        + " s.terminated_at FROM servers s"
                        + " JOIN organisations o ON o.id = s.organisation_id"
                        + " JOIN plans p ON p.id = s.plan_id"
                        + " JOIN provider_connections c ON c.id = s.connection_id"
                        + " WHERE s.created_at < ?2"
                        + " AND (s.terminated_at IS NULL OR s.terminated_at >= ?1)"
                        + " ORDER BY s.created_at, s.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)))) {
      rows.forEach(
          r ->
              each.accept(
                  new ServerRow(
                      SqlValues.toLong(r[0]),
                      (String) r[1],
                      SqlValues.toLong(r[2]),
                      (String) r[3],
                      (String) r[4],
                      (String) r[5],
                      (String) r[6],
                      (String) r[7],
                      (String) r[8],
                      (String) r[9],
                      (String) r[10],
                      (BigDecimal) r[11],
                      SqlValues.instant(r[12]),
                      r[13] == null ? null : SqlValues.instant(r[13]))));
    }
  }
}
