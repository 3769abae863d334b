package io.brandcloud.outbox;

import io.brandcloud.tenancy.AcrossPlacements;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.Placements;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which tenants have work waiting in a queue ({@code platform.work_due}), so a dispatcher reads one
 * table per placement instead of every schema. Each PostgreSQL server keeps the flags of the
 * tenants it holds, written on the tenant's own connection: adding work never spans two servers. A
 * flag is written in the transaction that adds the work and moved or removed by the dispatcher only
 * if nobody added work since it looked (the version).
 */
@Stateless
public class WorkDue {

  @PersistenceContext EntityManager em;

  /** A tenant that has work in a queue, with the flag's version as the dispatcher saw it. */
  public record Flag(long tenantId, long version) {}

  /**
   * Flags the current tenant's queue as due after {@code delay} (or earlier, if it was already), by
   * the database's clock like every due time of the queues.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void flag(String queue, Duration delay) {
    em.createNativeQuery(
            "INSERT INTO platform.work_due (tenant_id, queue, due_at, version)"
                + " VALUES (?1, ?2, now() + ?3 * interval '1 millisecond', 1)"
                + " ON CONFLICT (tenant_id, queue) DO UPDATE"
                + " SET due_at = LEAST(work_due.due_at, EXCLUDED.due_at),"
                + " version = work_due.version + 1")
        .setParameter(1, CurrentTenant.require().tenantId())
        .setParameter(2, queue)
        .setParameter(3, delay.toMillis())
        .executeUpdate();
  }

  /** The tenants with due work in the queue, oldest first, read on every placement. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Flag> due(String queue, int limit) {
    List<Due> due =
        new ArrayList<>(
            AcrossPlacements.query(
                "SELECT tenant_id, version, due_at FROM platform.work_due WHERE queue = ?"
                    + " AND due_at <= now() ORDER BY due_at LIMIT ?",
                row -> new Due(new Flag(row.getLong(1), row.getLong(2)), row.getTimestamp(3)),
                queue,
                limit));
    due.sort(Comparator.comparing(Due::at));
    // a tenant being moved keeps its flags; its work waits for the move
    return due.stream()
        .map(Due::flag)
        .filter(flag -> !Placements.isMoving(flag.tenantId()))
        .limit(limit)
        .toList();
  }

  private record Due(Flag flag, Timestamp at) {}

  /** Removes a flag of a tenant that no longer takes work (deleted or suspended, say). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void forget(String queue, long tenantId) {
    AcrossPlacements.update(
        "DELETE FROM platform.work_due WHERE tenant_id = ? AND queue = ?", tenantId, queue);
  }

  /**
   * Moves the current tenant's flag to {@code next}, or removes it when there is no next; a flag
   * that new work bumped since {@code observedVersion} is left alone (it is due anyway). Runs in
   * the caller's transaction, which must have read {@code next} from the queue itself.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void reschedule(String queue, long observedVersion, Instant next) {
    long tenant = CurrentTenant.require().tenantId();
    if (next == null) {
      em.createNativeQuery(
              "DELETE FROM platform.work_due WHERE tenant_id = ?1 AND queue = ?2 AND version = ?3")
          .setParameter(1, tenant)
          .setParameter(2, queue)
          .setParameter(3, observedVersion)
          .executeUpdate();
      return;
    }
    em.createNativeQuery(
            "UPDATE platform.work_due SET due_at = ?4 WHERE tenant_id = ?1 AND queue = ?2"
                + " AND version = ?3")
        .setParameter(1, tenant)
        .setParameter(2, queue)
        .setParameter(3, observedVersion)
        .setParameter(4, Timestamp.from(next))
        .executeUpdate();
  }

  /**
   * As {@link #reschedule}, due {@code delay} from now by the database's clock, as every due time
   * of the queues is (the application's clock may be moved by scenario tests).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void rescheduleIn(String queue, long observedVersion, Duration delay) {
    em.createNativeQuery(
            "UPDATE platform.work_due SET due_at = now() + ?4 * interval '1 millisecond'"
                + " WHERE tenant_id = ?1 AND queue = ?2 AND version = ?3")
        .setParameter(1, CurrentTenant.require().tenantId())
        .setParameter(2, queue)
        .setParameter(3, observedVersion)
        .setParameter(4, delay.toMillis())
        .executeUpdate();
  }
}
