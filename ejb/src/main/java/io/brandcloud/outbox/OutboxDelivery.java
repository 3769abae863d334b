package io.brandcloud.outbox;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.metrics.BusinessMetrics;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/**
 * Delivers the current tenant's outbox rows one at a time. A row is locked with {@code SKIP LOCKED}
 * and marked done in the handler's own transaction, so two dispatchers never run one row and a
 * handler that succeeded never runs again; a failure is retried after 1, 2, 4 … seconds (at most
 * ten minutes) and dead-lettered after {@value #MAX_ATTEMPTS} attempts.
 */
@Stateless
public class OutboxDelivery {

  static final int MAX_ATTEMPTS = 8;
  private static final Caller SYSTEM = Caller.system("outbox");

  @PersistenceContext EntityManager em;
  @Inject MessageHandlers handlers;
  @EJB WorkDue due;
  @Inject BusinessMetrics metrics;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(int limit) {
    return ((List<?>)
            em.createNativeQuery(
                    "SELECT id FROM outbox_messages WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT ?1")
                .setParameter(1, limit)
                .getResultList())
        .stream().map(n -> SqlValues.toLong(n)).toList();
  }

  /** Runs one row's handler; false if the row is taken, done, dead or not yet due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(long id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT handler, payload, request_id, actor, message_type,"
                    + " extract(epoch FROM now() - created_at) FROM outbox_messages WHERE id = ?1"
                    + " AND status = 'PENDING' AND next_attempt_at <= now() FOR UPDATE SKIP LOCKED")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object[] row = (Object[]) rows.get(0);
    String name = (String) row[0];
    @SuppressWarnings("unchecked")
    MessageHandler<Record> handler =
        (MessageHandler<Record>)
            handlers
                .named(name)
                .orElseThrow(() -> new IllegalStateException("No handler is named " + name));
    Record message = MessageJson.read((String) row[1], handler.handles());
    CurrentTenant.runAs(
        CurrentTenant.require().withRequestId((String) row[2]),
        () ->
            RequestOrigin.runAs(
                (String) row[3], () -> CurrentCaller.runAs(SYSTEM, () -> handler.handle(message))));
    em.createNativeQuery(
            "UPDATE outbox_messages SET status = 'DONE', done_at = now(), attempts = attempts + 1,"
                + " last_error = NULL WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    metrics.delivered(
        simpleName((String) row[4]),
        Duration.ofMillis(Math.round(((Number) row[5]).doubleValue() * 1000)));
    return true;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
  }

  /** Records a failed attempt after the handler's transaction rolled back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String error) {
    em.createNativeQuery(
            "UPDATE outbox_messages SET attempts = attempts + 1, last_error = ?2,"
                + " status = CASE WHEN attempts + 1 >= ?3 THEN 'DEAD' ELSE 'PENDING' END,"
                + " next_attempt_at = now() + LEAST(interval '1 second' * power(2, attempts),"
                + " interval '10 minutes') WHERE id = ?1 AND status = 'PENDING'")
        .setParameter(1, id)
        .setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
        .setParameter(3, MAX_ATTEMPTS)
        .executeUpdate();
  }

  /** Moves the tenant's flag to its next pending row, or removes it when none is left. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void reschedule(long observedVersion) {
    Object next =
        em.createNativeQuery(
                "SELECT min(next_attempt_at) FROM outbox_messages WHERE status = 'PENDING'")
            .getSingleResult();
    due.reschedule(Outbox.QUEUE, observedVersion, next == null ? null : SqlValues.instant(next));
  }

  /** Messages handlers gave up on, newest first. */
  public Page<DeadLetter> dead(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.OUTBOX_VIEW);
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM outbox_messages WHERE status = 'DEAD'",
        "SELECT id, message_type, handler, payload, attempts, last_error, created_at"
            + " FROM outbox_messages WHERE status = 'DEAD' ORDER BY id DESC",
        r ->
            new DeadLetter(
                SqlValues.toLong(r[0]),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                SqlValues.toInt(r[4]),
                (String) r[5],
                SqlValues.instant(r[6])));
  }

  /** Gives a dead letter a fresh set of attempts; another tenant's id is "not found". */
  public void retry(long id) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    int updated =
        em.createNativeQuery(
                "UPDATE outbox_messages SET status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = now() WHERE id = ?1 AND status = 'DEAD'")
            .setParameter(1, id)
            .executeUpdate();
    if (updated == 0) {
      throw BrandcloudException.notFound("Dead letter " + id);
    }
    due.flag(Outbox.QUEUE, Duration.ZERO);
  }
}
