package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.MaintenanceRepository;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.platform.domain.TenantMove;
import io.brandcloud.platform.domain.TenantMoveRecords;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The record of tenant moves in {@code platform.tenant_moves}. */
@Stateless
public class JpaTenantMoveRecords implements TenantMoveRecords {

  private static final int FAILURE_LENGTH = 500;
  private static final String COLUMNS =
      "SELECT tenant_id, source, target, state, tables_total, tables_done, rows_copied, worker,"
          + " touched_at, started_at, finished_at, failure FROM platform.tenant_moves";

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Inject MaintenanceRepository maintenance;

  @Override
  public Optional<TenantMove> find(long tenantId) {
    return em.createNativeQuery(COLUMNS + " WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .getResultStream()
        .findFirst()
        .map(row -> toMove((Object[]) row));
  }

  @Override
  public boolean begin(
      long tenantId, String source, String target, String worker, boolean workerGone) {
    return em.createNativeQuery(
                "INSERT INTO platform.tenant_moves (tenant_id, source, target, state, worker,"
                    + " touched_at, started_at) VALUES (?1, ?2, ?3, 'COPYING', ?4, now(), now())"
                    + " ON CONFLICT (tenant_id) DO UPDATE SET source = EXCLUDED.source,"
                    + " target = EXCLUDED.target, state = 'COPYING', tables_total = 0,"
                    + " tables_done = 0, rows_copied = 0, source_figures = NULL,"
                    + " worker = EXCLUDED.worker, touched_at = now(), started_at = now(),"
                    + " finished_at = NULL, failure = NULL"
                    + " WHERE tenant_moves.state IN ('DONE', 'FAILED')"
                    + " OR (tenant_moves.state = 'COPYING' AND ?5"
                    + " AND tenant_moves.touched_at < now() - interval '30 seconds')")
            .setParameter(1, tenantId)
            .setParameter(2, source)
            .setParameter(3, target)
            .setParameter(4, worker)
            .setParameter(5, workerGone)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean resume(long tenantId, String worker, boolean workerGone) {
    return workerGone
        && em.createNativeQuery(
                    "UPDATE platform.tenant_moves SET worker = ?2, touched_at = now(),"
                        + " failure = NULL WHERE tenant_id = ?1 AND state = 'SWITCHED'"
                        + " AND (failure IS NOT NULL OR touched_at < now() - interval '30 seconds')")
                .setParameter(1, tenantId)
                .setParameter(2, worker)
                .executeUpdate()
            == 1;
  }

  @Override
  public String placementOf(long tenantId) {
    return (String)
        em.createNativeQuery("SELECT placement FROM platform.tenants WHERE id = ?1")
            .setParameter(1, tenantId)
            .getSingleResult();
  }

  @Override
  public Optional<String> sourceFigures(long tenantId) {
    List<?> figures =
        em.createNativeQuery(
                "SELECT source_figures FROM platform.tenant_moves WHERE tenant_id = ?1")
            .setParameter(1, tenantId)
            .getResultList();
    return figures.stream().filter(Objects::nonNull).map(String.class::cast).findFirst();
  }

  @Override
  public void started(long tenantId, int tables) {
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET tables_total = ?2, tables_done = 0, rows_copied = 0,"
                + " touched_at = now() WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .setParameter(2, tables)
        .executeUpdate();
  }

  @Override
  public void copied(long tenantId, long rows) {
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET tables_done = tables_done + 1,"
                + " rows_copied = rows_copied + ?2, touched_at = now() WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .setParameter(2, rows)
        .executeUpdate();
  }

  @Override
  public void switchTo(long tenantId, String source, String target, String sourceFigures) {
    int switched =
        em.createNativeQuery(
                "UPDATE platform.tenants SET placement = ?3, version = version + 1"
                    + " WHERE id = ?1 AND placement = ?2")
            .setParameter(1, tenantId)
            .setParameter(2, source)
            .setParameter(3, target)
            .executeUpdate();
    if (switched != 1) {
      throw new IllegalStateException(
          "Tenant " + tenantId + " is no longer on placement " + source);
    }
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET state = 'SWITCHED', source_figures = ?2,"
                + " touched_at = now() WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .setParameter(2, sourceFigures)
        .executeUpdate();
  }

  @Override
  public void done(long tenantId) {
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET state = 'DONE', failure = NULL, touched_at = now(),"
                + " finished_at = now() WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .executeUpdate();
  }

  @Override
  public void failed(long tenantId, String failure) {
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET state = CASE WHEN state = 'SWITCHED' THEN state"
                + " ELSE 'FAILED' END, failure = ?2, touched_at = now(),"
                + " finished_at = CASE WHEN state = 'SWITCHED' THEN NULL ELSE now() END"
                + " WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .setParameter(2, PlainText.cut(failure, FAILURE_LENGTH))
        .executeUpdate();
  }

  @Override
  public boolean closePortal(long tenantId, Instant now) {
    Optional<MaintenanceWindow> open = maintenance.window(tenantId);
    if (open.isPresent() && !open.get().forMove()) {
      return false;
    }
    maintenance.open(new MaintenanceWindow(tenantId, null, null, MaintenanceWindow.MOVE, now));
    return true;
  }

  @Override
  public void reopenPortal(long tenantId) {
    if (maintenance.window(tenantId).filter(MaintenanceWindow::forMove).isPresent()) {
      maintenance.close(tenantId);
    }
  }

  private static TenantMove toMove(Object[] r) {
    return new TenantMove(
        SqlValues.toLong(r[0]),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        SqlValues.toInt(r[4]),
        SqlValues.toInt(r[5]),
        SqlValues.toLong(r[6]),
        (String) r[7],
        SqlValues.instant(r[8]),
        SqlValues.instant(r[9]),
        r[10] == null ? null : SqlValues.instant(r[10]),
        (String) r[11]);
  }
}
