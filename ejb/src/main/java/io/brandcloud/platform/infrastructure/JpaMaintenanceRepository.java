package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.MaintenanceBypass;
import io.brandcloud.platform.domain.MaintenanceRepository;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class JpaMaintenanceRepository implements MaintenanceRepository {

  private static final String WINDOW_COLUMNS =
      "SELECT tenant_id, message, ends_at, started_by, started_at FROM platform.maintenance_windows";

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public void open(MaintenanceWindow w) {
    // typed, because PostgreSQL cannot tell what an untyped null is meant to be
    nativeQuery(
            "INSERT INTO platform.maintenance_windows (tenant_id, message, ends_at, started_by,"
                + " started_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                + " ON CONFLICT ((COALESCE(tenant_id, 0))) DO UPDATE SET message = EXCLUDED.message,"
                + " ends_at = EXCLUDED.ends_at, started_by = EXCLUDED.started_by,"
                + " started_at = EXCLUDED.started_at")
        .setParameter(1, w.tenantId(), Long.class)
        .setParameter(2, w.message(), String.class)
        .setParameter(3, w.endsAt(), Instant.class)
        .setParameter(4, w.startedBy())
        .setParameter(5, w.startedAt())
        .executeUpdate();
  }

  @Override
  public void close(Long tenantId) {
    em.createNativeQuery(
            "DELETE FROM platform.maintenance_windows WHERE COALESCE(tenant_id, 0) = ?1")
        .setParameter(1, tenantId == null ? 0L : tenantId)
        .executeUpdate();
  }

  @Override
  public Optional<MaintenanceWindow> window(Long tenantId) {
    return windows(
            em.createNativeQuery(WINDOW_COLUMNS + " WHERE COALESCE(tenant_id, 0) = ?1")
                .setParameter(1, tenantId == null ? 0L : tenantId))
        .stream()
        .findFirst();
  }

  @Override
  public List<MaintenanceWindow> openWindows() {
    return windows(em.createNativeQuery(WINDOW_COLUMNS));
  }

  @Override
  public long addBypass(
      Long tenantId, String name, String tokenHash, Instant expiresAt, String by, Instant at) {
    return SqlValues.toLong(
        nativeQuery(
                "INSERT INTO platform.maintenance_bypasses (tenant_id, name, token_hash,"
                    + " expires_at, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                    + " RETURNING id")
            .setParameter(1, tenantId, Long.class)
            .setParameter(2, name)
            .setParameter(3, tokenHash)
            .setParameter(4, expiresAt)
            .setParameter(5, by)
            .setParameter(6, at)
            .getSingleResult());
  }

  @Override
  public List<MaintenanceBypass> bypasses(Long tenantId, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, tenant_id, name, expires_at, created_by, created_at"
                    + " FROM platform.maintenance_bypasses WHERE COALESCE(tenant_id, 0) = ?1"
                    + " AND expires_at > ?2 ORDER BY created_at DESC, id DESC")
            .setParameter(1, tenantId == null ? 0L : tenantId)
            .setParameter(2, now)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new MaintenanceBypass(
                    SqlValues.toLong(r[0]),
                    SqlValues.longOrNull(r[1]),
                    (String) r[2],
                    SqlValues.instant(r[3]),
                    (String) r[4],
                    SqlValues.instant(r[5])))
        .toList();
  }

  @Override
  public boolean removeBypass(Long tenantId, long bypassId) {
    return em.createNativeQuery(
                "DELETE FROM platform.maintenance_bypasses WHERE id = ?1"
                    + " AND COALESCE(tenant_id, 0) = ?2")
            .setParameter(1, bypassId)
            .setParameter(2, tenantId == null ? 0L : tenantId)
            .executeUpdate()
        > 0;
  }

  @Override
  public Optional<Optional<Long>> bypassScope(String tokenHash, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> scopes =
        em.createNativeQuery(
                "SELECT COALESCE(tenant_id, 0) FROM platform.maintenance_bypasses"
                    + " WHERE token_hash = ?1 AND expires_at > ?2")
            .setParameter(1, tokenHash)
            .setParameter(2, now)
            .getResultList();
    return scopes.stream()
        .findFirst()
        .map(scope -> SqlValues.toLong(scope))
        .map(scope -> scope == 0 ? Optional.<Long>empty() : Optional.of(scope));
  }

  @SuppressWarnings("unchecked")
  private NativeQuery<Object> nativeQuery(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }

  @SuppressWarnings("unchecked")
  private static List<MaintenanceWindow> windows(Query query) {
    return ((List<Object[]>) query.getResultList())
        .stream()
            .map(
                r ->
                    new MaintenanceWindow(
                        SqlValues.longOrNull(r[0]),
                        (String) r[1],
                        r[2] == null ? null : SqlValues.instant(r[2]),
                        (String) r[3],
                        SqlValues.instant(r[4])))
            .toList();
  }
}
