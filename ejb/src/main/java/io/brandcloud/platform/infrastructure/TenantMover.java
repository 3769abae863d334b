package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.application.MaintenanceGate;
import io.brandcloud.platform.domain.SchemaMigrations;
import io.brandcloud.platform.domain.TenantMove;
import io.brandcloud.platform.domain.TenantMoveRecords;
import io.brandcloud.platform.domain.TenantMoveWorker;
import io.brandcloud.tenancy.NodeRefresh;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Does a tenant's move that {@code TenantMoves} recorded: closes the portal, copies the schema
 * while the source's tables are locked against writes, compares rows per table and the ledger's
 * sums, points the registry at the copy, and only then drops the source, still holding its locks: a
 * write that waited for the copy fails instead of landing where nobody reads. A move that stops
 * before the switch leaves the tenant where it was; one that stops after it is resumed from the
 * switch. The steps run on connections of their own, outside any transaction of the container.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantMover implements TenantMoveWorker {

  private static final Logger LOG = Logger.getLogger(TenantMover.class);

  /** How long a change of the maintenance windows or of the registry takes to reach every node. */
  static final Duration SPREAD = NodeRefresh.spread();

  @EJB TenantMoveRecords records;
  @EJB SchemaMigrations schemas;
  @Inject MaintenanceGate gate;

  /** Holds the move's lock throughout, so a second worker returns at once. */
  @Override
  @Asynchronous
  public void run(long tenantId, String slug) {
    try (MoveLock lock = MoveLock.take(tenantId).orElse(null)) {
      if (lock == null) {
        LOG.warnf("The move of tenant %s has a live worker already", slug);
        return;
      }
      work(records.find(tenantId).orElseThrow(), TenantSchema.forSlug(slug));
    } catch (SQLException e) {
      openPortalAndRecordFailure(tenantId, "The move's lock could not be taken: " + e.getMessage());
    }
  }

  @Override
  public boolean hasWorker(long tenantId) {
    try {
      return MoveLock.held(tenantId);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell whether the move has a worker", e);
    }
  }

  private void work(TenantMove move, TenantSchema schema) {
    long tenantId = move.tenantId();
    long started = System.nanoTime();
    try {
      waitForEveryNode(); // the portal closed on every node before the tables are locked
      if (TenantMove.COPYING.equals(move.state())) {
        copyAndSwitch(move, schema);
      }
      waitForEveryNode(); // every node reads the new placement before the portal opens again
      dropSource(move, schema);
      openPortal(tenantId);
      records.done(tenantId);
      LOG.infof(
          "Tenant %s moved from placement %s to %s in %d ms",
          schema, move.source(), move.target(), (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException | RuntimeException e) {
      LOG.errorf(e, "The move of tenant %s to placement %s stopped", schema, move.target());
      afterSwitchLetEveryNodeSeeIt(tenantId);
      openPortalAndRecordFailure(tenantId, String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      openPortalAndRecordFailure(tenantId, "The node stopped during the move");
    }
  }

  private void openPortalAndRecordFailure(long tenantId, String failure) {
    try {
      openPortal(tenantId);
    } finally {
      records.failed(tenantId, failure);
    }
  }

  /**
   * Opens the portal before the move is recorded as finished or failed, so whoever waits for that
   * record finds the portal open; this node forgets the old placement first.
   */
  private void openPortal(long tenantId) {
    Placements.forget();
    records.reopenPortal(tenantId);
    gate.forget();
  }

  /**
   * Copies and verifies under the source's locks, deletes the source in the same (uncommitted)
   * transaction, switches the registry, and only then commits the source: whatever fails before the
   * switch leaves the source whole, and after it only that commit is left.
   */
  private void copyAndSwitch(TenantMove move, TenantSchema schema) throws SQLException {
    String registered = records.placementOf(move.tenantId());
    if (!registered.equals(move.source())) {
      throw new IllegalStateException(
          "The registry places the tenant on " + registered + ", not on " + move.source());
    }
    SchemaCopy copy = new SchemaCopy(schema);
    schemas.upgrade(schema, move.source());
    schemas.upgradePlacement(move.target());
    clearTarget(move, copy);
    schemas.upgrade(schema, move.target());
    try (Connection source = Placements.dataSource(move.source()).getConnection();
        Connection target = Placements.dataSource(move.target()).getConnection()) {
      source.setAutoCommit(false);
      boolean switched = false;
      try {
        List<String> tables = copy.lockTables(source);
        copy.copy(source, target, tables, progressOf(move.tenantId()));
        SchemaCopy.Figures figures = copy.figures(source, tables);
        String differences = figures.differences(copy.figures(target, tables));
        if (!differences.isEmpty()) {
          throw new IllegalStateException("The copy does not match its source: " + differences);
        }
        SchemaCopy.copyPlatformRows(source, target, move.tenantId());
        SchemaCopy.deletePlatformRows(source, move.tenantId());
        copy.drop(source);
        records.switchTo(move.tenantId(), move.source(), move.target(), figures.toText());
        switched = true;
        Placements.remember(schema.name(), move.target());
        source.commit();
      } catch (SQLException | RuntimeException e) {
        source.rollback();
        if (!switched) {
          clearTarget(move, copy);
        }
        throw e;
      }
    }
  }

  /**
   * A move that stopped after its switch keeps the portal closed until every node reads the new
   * placement, so nobody writes to the source meanwhile.
   */
  private void afterSwitchLetEveryNodeSeeIt(long tenantId) {
    if (records.find(tenantId).filter(m -> TenantMove.SWITCHED.equals(m.state())).isPresent()) {
      try {
        waitForEveryNode();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What an earlier attempt left on the target: the schema and the tenant's platform rows. */
  private void clearTarget(TenantMove move, SchemaCopy copy) throws SQLException {
    try (Connection target = Placements.dataSource(move.target()).getConnection()) {
      copy.drop(target);
      SchemaCopy.deletePlatformRows(target, move.tenantId());
    }
  }

  /**
   * After a switch whose source was not dropped (its node stopped at the commit): drops the source
   * if it still holds exactly what it held at the switch, else keeps it and says so.
   */
  private void dropSource(TenantMove move, TenantSchema schema) throws SQLException {
    SchemaCopy copy = new SchemaCopy(schema);
    try (Connection source = Placements.dataSource(move.source()).getConnection()) {
      if (!copy.exists(source)) {
        return;
      }
      source.setAutoCommit(false);
      try {
        List<String> tables = copy.lockTables(source);
        String now = copy.figures(source, tables).toText();
        if (!records.sourceFigures(move.tenantId()).filter(now::equals).isPresent()) {
          throw new IllegalStateException(
              "The source changed after the switch and is kept for inspection: " + schema);
        }
        SchemaCopy.deletePlatformRows(source, move.tenantId());
        copy.drop(source);
        source.commit();
      } catch (SQLException | RuntimeException e) {
        source.rollback();
        throw e;
      }
    }
  }

  private SchemaCopy.Progress progressOf(long tenantId) {
    return new SchemaCopy.Progress() {
      @Override
      public void started(int tables) {
        records.started(tenantId, tables);
      }

      @Override
      public void copied(String table, long rows) {
        records.copied(tenantId, rows);
      }
    };
  }

  private static void waitForEveryNode() throws InterruptedException {
    TimeUnit.MILLISECONDS.sleep(SPREAD.toMillis());
  }
}
