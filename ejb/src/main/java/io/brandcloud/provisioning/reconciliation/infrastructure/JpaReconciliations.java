package io.brandcloud.provisioning.reconciliation.infrastructure;

import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReconciliations implements Reconciliations {

  private static final String UNKNOWN =
      "SELECT id, connection_id, external_id, name, state, ipv4, region, image, first_seen,"
          + " last_seen FROM unknown_upstream_servers";

  @PersistenceContext EntityManager em;

  @Override
  public void drift(long serverId, String kind, String detail, Instant at) {
    em.createNativeQuery(
            "INSERT INTO server_drift (server_id, kind, detail, found_at) SELECT ?1, ?2, ?3, ?4"
                + " WHERE NOT EXISTS (SELECT 1 FROM server_drift WHERE server_id = ?1"
                + " AND kind = ?2 AND seen_at IS NULL)")
        .setParameter(1, serverId)
        .setParameter(2, kind)
        .setParameter(3, PlainText.cut(detail, 500))
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Page<ServerDrift> unseenDrift(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM server_drift WHERE seen_at IS NULL",
        "SELECT d.id, d.server_id, s.hostname, d.kind, d.detail, d.found_at FROM server_drift d"
            + " JOIN servers s ON s.id = d.server_id WHERE d.seen_at IS NULL"
            + " ORDER BY d.found_at DESC, d.id DESC",
        r ->
            new ServerDrift(
                SqlValues.toLong(r[0]),
                SqlValues.toLong(r[1]),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                SqlValues.instant(r[5])));
  }

  @Override
  public boolean markSeen(long driftId, String actor, Instant at) {
    return em.createNativeQuery(
                "UPDATE server_drift SET seen_by = ?2, seen_at = ?3 WHERE id = ?1"
                    + " AND seen_at IS NULL")
            .setParameter(1, driftId)
            .setParameter(2, actor)
            .setParameter(3, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public void unknown(long connectionId, Collection<UpstreamServer> found, Instant at) {
    Timestamp now = Timestamp.from(at);
    for (UpstreamServer server : found) {
      em.createNativeQuery(
              "INSERT INTO unknown_upstream_servers (connection_id, external_id, name, state,"
                  + " ipv4, region, image, first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                  + " ?7, ?8, ?8) ON CONFLICT (connection_id, external_id) DO UPDATE SET"
                  + " name = excluded.name, state = excluded.state, ipv4 = excluded.ipv4,"
                  + " last_seen = excluded.last_seen")
          .setParameter(1, connectionId)
          .setParameter(2, server.externalId())
          .setParameter(3, PlainText.cut(server.name(), 200))
          .setParameter(4, server.state().phase().name())
          .setParameter(5, server.state().ipv4())
          .setParameter(6, PlainText.cut(server.region(), 100))
          .setParameter(7, PlainText.cut(server.image(), 100))
          .setParameter(8, now)
          .executeUpdate();
    }
    em.createNativeQuery(
            "DELETE FROM unknown_upstream_servers WHERE connection_id = ?1 AND decision IS NULL"
                + " AND last_seen < ?2")
        .setParameter(1, connectionId)
        .setParameter(2, now)
        .executeUpdate();
  }

  @Override
  public Page<UnknownServer> undecided(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM unknown_upstream_servers WHERE decision IS NULL",
        UNKNOWN + " WHERE decision IS NULL ORDER BY first_seen DESC, id DESC",
        JpaReconciliations::unknownServer);
  }

  @Override
  public Optional<UnknownServer> findUndecided(long id) {
    List<?> rows =
        em.createNativeQuery(UNKNOWN + " WHERE id = ?1 AND decision IS NULL FOR UPDATE")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(JpaReconciliations::unknownServer)
        .findFirst();
  }

  @Override
  public void decide(long id, String decision, String actor, Instant at) {
    em.createNativeQuery(
            "UPDATE unknown_upstream_servers SET decision = ?2, decided_by = ?3, decided_at = ?4"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, decision)
        .setParameter(3, actor)
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  private static UnknownServer unknownServer(Object[] r) {
    return new UnknownServer(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        SqlValues.instant(r[8]),
        SqlValues.instant(r[9]));
  }
}
