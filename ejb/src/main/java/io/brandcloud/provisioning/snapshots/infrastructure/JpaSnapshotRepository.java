package io.brandcloud.provisioning.snapshots.infrastructure;

import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
import io.brandcloud.provisioning.snapshots.domain.Snapshot;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.TenantSettingsPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaSnapshotRepository implements SnapshotRepository {

  private static final TenantSettingsPrice PRICE =
      new TenantSettingsPrice("snapshot_gb_month_price");

  private static final int MAX_ID = 100;
  private static final int MAX_NAME = 200;

  @PersistenceContext EntityManager em;

  @Override
  public void listed(
      long serverId, List<ProviderSnapshot> listed, Instant listedAt, BigDecimal gbMonthPrice) {
    List<ProviderSnapshot> usable =
        listed.stream().filter(s -> s.id() != null && s.id().length() <= MAX_ID).toList();
    for (ProviderSnapshot snapshot : usable) {
      BigDecimal size = snapshot.sizeGb() == null ? BigDecimal.ZERO : snapshot.sizeGb();
      Instant from = snapshot.takenAt().isAfter(listedAt) ? listedAt : snapshot.takenAt();
      em.createNativeQuery(
              "INSERT INTO server_snapshots (server_id, external_id, name, taken_at, size_gb,"
                  + " hourly_price, billable_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                  + " ON CONFLICT (server_id, external_id) DO NOTHING")
          .setParameter(1, serverId)
          .setParameter(2, snapshot.id())
          .setParameter(
              3, PlainText.cut(snapshot.name() == null ? snapshot.id() : snapshot.name(), MAX_NAME))
          .setParameter(4, Timestamp.from(snapshot.takenAt()))
          .setParameter(5, size)
          .setParameter(6, Snapshot.hourlyPrice(size, gbMonthPrice))
          .setParameter(7, Timestamp.from(from))
          .executeUpdate();
    }
    if (usable.isEmpty()) {
      endAll(serverId, listedAt);
      return;
    }
    em.createNativeQuery(
            "UPDATE server_snapshots SET billed_until = ?2 WHERE server_id = ?1"
                + " AND billed_until IS NULL AND external_id NOT IN (?3)")
        .setParameter(1, serverId)
        .setParameter(2, Timestamp.from(listedAt))
        .setParameter(3, usable.stream().map(ProviderSnapshot::id).toList())
        .executeUpdate();
  }

  @Override
  public List<Snapshot> kept(long serverId) {
    return snapshots(
        em.createNativeQuery(
                "SELECT external_id, name, taken_at, size_gb, hourly_price FROM server_snapshots"
                    + " WHERE server_id = ?1 AND billed_until IS NULL"
                    + " ORDER BY taken_at DESC, id DESC")
            .setParameter(1, serverId)
            .getResultList());
  }

  @Override
  public List<Snapshot> keptBy(long organisationId, long connectionId) {
    return snapshots(
        em.createNativeQuery(
                "SELECT p.external_id, p.name, p.taken_at, p.size_gb, p.hourly_price"
                    + " FROM server_snapshots p JOIN servers s ON s.id = p.server_id"
                    + " WHERE s.organisation_id = ?1 AND s.connection_id = ?2"
                    + " AND p.billed_until IS NULL ORDER BY p.taken_at DESC, p.id DESC")
            .setParameter(1, organisationId)
            .setParameter(2, connectionId)
            .getResultList());
  }

  private static List<Snapshot> snapshots(List<?> rows) {
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Snapshot(
                    (String) r[0],
                    (String) r[1],
                    SqlValues.instant(r[2]),
                    (BigDecimal) r[3],
                    (BigDecimal) r[4]))
        .toList();
  }

  @Override
  public Map<String, String> names(long serverId) {
    List<?> rows =
        em.createNativeQuery("SELECT external_id, name FROM server_snapshots WHERE server_id = ?1")
            .setParameter(1, serverId)
            .getResultList();
    Map<String, String> names = new HashMap<>();
    rows.stream().map(Object[].class::cast).forEach(r -> names.put((String) r[0], (String) r[1]));
    return names;
  }

  @Override
  public Optional<String> nameOf(long organisationId, String externalId) {
    List<?> names =
        em.createNativeQuery(
                "SELECT p.name FROM server_snapshots p JOIN servers s ON s.id = p.server_id"
                    + " WHERE s.organisation_id = ?1 AND p.external_id = ?2 ORDER BY p.id LIMIT 1")
            .setParameter(1, organisationId)
            .setParameter(2, externalId)
            .getResultList();
    return names.stream().findFirst().map(String.class::cast);
  }

  @Override
  public Optional<Long> serverKeeping(long organisationId, String externalId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT p.server_id FROM server_snapshots p JOIN servers s ON s.id = p.server_id"
                    + " WHERE s.organisation_id = ?1 AND p.external_id = ?2"
                    + " AND p.billed_until IS NULL ORDER BY p.id LIMIT 1")
            .setParameter(1, organisationId)
            .setParameter(2, externalId)
            .getResultList();
    return ids.stream().findFirst().map(SqlValues::toLong);
  }

  @Override
  public boolean holds(long serverId, String externalId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM server_snapshots WHERE server_id = ?1 AND external_id = ?2"
                + " AND billed_until IS NULL")
        .setParameter(1, serverId)
        .setParameter(2, externalId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void endAll(long serverId, Instant at) {
    em.createNativeQuery(
            "UPDATE server_snapshots SET billed_until = ?2 WHERE server_id = ?1"
                + " AND billed_until IS NULL")
        .setParameter(1, serverId)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Set<Long> keptOn(long connectionId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT DISTINCT p.server_id FROM server_snapshots p"
                    + " JOIN servers s ON s.id = p.server_id"
                    + " WHERE s.connection_id = ?1 AND p.billed_until IS NULL")
            .setParameter(1, connectionId)
            .getResultList();
    return ids.stream().map(SqlValues::toLong).collect(Collectors.toSet());
  }

  @Override
  public Optional<BigDecimal> gbMonthPrice() {
    return PRICE.read(em);
  }

  @Override
  public void setGbMonthPrice(BigDecimal price) {
    PRICE.write(em, price);
  }
}
