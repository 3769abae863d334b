package io.brandcloud.provisioning.application;

import io.brandcloud.outbox.WorkDue;
import io.brandcloud.provisioning.domain.Server;
import io.brandcloud.provisioning.domain.ServerActionType;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.UUID;

/**
 * Asks for work at a server's provider: a {@code server_actions} row in the caller's transaction,
 * carried out by the {@link ServerActionWorker} once it commits.
 */
@Stateless
public class ServerActions {

  static final String QUEUE = "server-actions";

  @PersistenceContext EntityManager em;
  @EJB WorkDue due;
  @EJB ServerActionWorker worker;
  @Resource TransactionSynchronizationRegistry transactions;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void request(Server server, ServerActionType type, String reason) {
    em.createNativeQuery(
            "INSERT INTO server_actions (server_id, action, status, idempotency_key,"
                + " requested_by, reason, request_id, next_attempt_at, requested_at)"
                + " VALUES (?1, ?2, 'REQUESTED', ?3, ?4, ?5, ?6, now(), now())")
        .setParameter(1, server.id())
        .setParameter(2, type.name())
        .setParameter(3, UUID.randomUUID().toString())
        .setParameter(4, RequestOrigin.actor().orElse("system"))
        .setParameter(5, reason)
        .setParameter(6, CurrentTenant.require().requestId())
        .executeUpdate();
    due.flag(QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, worker::nudge);
  }

  /** A server's actions, newest first, as its owner and staff see them. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<ServerActionView> of(long serverId, PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM server_actions WHERE server_id = ?1",
        "SELECT id, action, status, requested_by, reason, attempts, last_error, requested_at,"
            + " finished_at FROM server_actions WHERE server_id = ?1 ORDER BY id DESC",
        r ->
            new ServerActionView(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                ((Number) r[5]).intValue(),
                (String) r[6],
                SqlValues.instant(r[7]),
                r[8] == null ? null : SqlValues.instant(r[8])),
        serverId);
  }

  /** Flags the current tenant if it has unfinished actions, e.g. after a flag was lost. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void flagUnfinished() {
    boolean any =
        !em.createNativeQuery(
                "SELECT 1 FROM server_actions WHERE status IN ('REQUESTED', 'RUNNING') LIMIT 1")
            .getResultList()
            .isEmpty();
    if (any) {
      due.flag(QUEUE, Duration.ZERO);
    }
  }
}
