package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.MaintenanceRepository;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.platform.domain.TenantMove;
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

/**
 * The platform's record of tenant moves ({@code platform.tenant_moves}), each change in a
 * transaction of its own so the operator sees progress while the copy runs.
 */
@Stateless
public class TenantMoveRecords {

  private static final int FAILURE_LENGTH = 500;
  private static final String COLUMNS =
      "SELECT tenant_id, source, target, state, tables_total, tables_done, rows_copied, worker,"
          + " touched_at, started_at, finished_at, failure FROM platform.tenant_moves";

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Inject MaintenanceRepository maintenance;

  public Optional<TenantMove> find(long tenantId) {
    return em.createNativeQuery(COLUMNS + " WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .getResultStream()
        .findFirst()
        .map(row -> toMove((Object[]) row));
  }

  /**
   * Starts a new move, unless one is under way: false when the tenant's last move is neither
   * finished nor without a live worker ({@link MoveLock}) for half a minute (a worker just started
   * may not hold its lock yet).
   */
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

  /** Takes over a move that stopped after its switch; false if a live worker has it. */
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

  /** Where the registry says the tenant's schema is now. */
  public String placementOf(long tenantId) {
    return (String)
        em.createNativeQuery("SELECT placement FROM platform.tenants WHERE id = ?1")
            .setParameter(1, tenantId)
            .getSingleResult();
  }

  /**
   * What the source held when the registry switched (rows per table, ledger sums); empty if the
   * move recorded none.
   */
  public Optional<String> sourceFigures(long tenantId) {
    List<?> figures =
        em.createNativeQuery(
                "SELECT source_figures FROM platform.tenant_moves WHERE tenant_id = ?1")
            .setParameter(1, tenantId)
            .getResultList();
    return figures.stream().filter(Objects::nonNull).map(String.class::cast).findFirst();
  }

  public void started(long tenantId, int tables) {
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET tables_total = ?2, tables_done = 0, rows_copied = 0,"
                + " touched_at = now() WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .setParameter(2, tables)
        .executeUpdate();
  }

  public void copied(long tenantId, long rows) {
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET tables_done = tables_done + 1,"
                + " rows_copied = rows_copied + ?2, touched_at = now() WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .setParameter(2, rows)
        .executeUpdate();
  }

  /**
   * Points the registry at the copy and notes the switch, in one transaction. The tenant's version
   * moves on, so an edit of the tenant read before the switch cannot write the old placement back.
   */
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

  public void done(long tenantId) {
    em.createNativeQuery(
            "UPDATE platform.tenant_moves SET state = 'DONE', failure = NULL, touched_at = now(),"
                + " finished_at = now() WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .executeUpdate();
  }

  /** Before the switch the move is over (the tenant stays where it was); after it, it waits. */
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

  /**
   * Closes the tenant's portal to everyone for the move, staff included: their writes would wait
   * for the copy and then fail. False when the tenant already has a window of its own, which the
   * move must not end.
   */
  public boolean closePortal(long tenantId, Instant now) {
    Optional<MaintenanceWindow> open = maintenance.window(tenantId);
    if (open.isPresent() && !open.get().forMove()) {
      return false;
    }
    maintenance.open(new MaintenanceWindow(tenantId, null, null, MaintenanceWindow.MOVE, now));
    return true;
  }

  /** Ends the move's window, and only that. */
  public void reopenPortal(long tenantId) {
    if (maintenance.window(tenantId).filter(MaintenanceWindow::forMove).isPresent()) {
      maintenance.close(tenantId);
    }
  }

  private static TenantMove toMove(Object[] r) {
    return new TenantMove(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        ((Number) r[4]).intValue(),
        ((Number) r[5]).intValue(),
        ((Number) r[6]).longValue(),
        (String) r[7],
        SqlValues.instant(r[8]),
        SqlValues.instant(r[9]),
        r[10] == null ? null : SqlValues.instant(r[10]),
        (String) r[11]);
  }
}
