package io.brandcloud.outbox;

import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which tenants have work waiting in a queue ({@code platform.work_due}), so a dispatcher reads one
 * table instead of every schema. A flag is written in the transaction that adds the work and moved
 * or removed by the dispatcher only if nobody added work since it looked (the version).
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

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Flag> due(String queue, int limit) {
    return ((List<?>)
            em.createNativeQuery(
                    "SELECT tenant_id, version FROM platform.work_due WHERE queue = ?1"
                        + " AND due_at <= now() ORDER BY due_at LIMIT ?2")
                .setParameter(1, queue)
                .setParameter(2, limit)
                .getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(r -> new Flag(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
            .toList();
  }

  /** Removes a flag of a tenant that no longer takes work (deleted or suspended, say). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void forget(String queue, long tenantId) {
    em.createNativeQuery("DELETE FROM platform.work_due WHERE tenant_id = ?1 AND queue = ?2")
        .setParameter(1, tenantId)
        .setParameter(2, queue)
        .executeUpdate();
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
}
