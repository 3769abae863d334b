package io.brandcloud.provisioning.infrastructure;

import io.brandcloud.provisioning.domain.QueuedServerAction;
import io.brandcloud.provisioning.domain.ServerActionQueue;
import io.brandcloud.provisioning.domain.ServerActionStatus;
import io.brandcloud.provisioning.domain.ServerActionType;
import io.brandcloud.provisioning.domain.ServerActionView;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaServerActionQueue implements ServerActionQueue {

  private static final int MAX_ERROR_LENGTH = 1000;
  private static final String UNFINISHED_FIRST_OF_ITS_SERVER =
      " AND NOT EXISTS (SELECT 1 FROM server_actions e WHERE e.server_id = a.server_id"
          + " AND e.id < a.id AND e.status IN ('REQUESTED', 'RUNNING'))";

  @PersistenceContext EntityManager em;

  @Override
  public void add(
      long serverId,
      ServerActionType type,
      String idempotencyKey,
      String requestedBy,
      String reason,
      String requestId) {
    em.createNativeQuery(
            "INSERT INTO server_actions (server_id, action, status, idempotency_key,"
                + " requested_by, reason, request_id, next_attempt_at, requested_at)"
                + " VALUES (?1, ?2, 'REQUESTED', ?3, ?4, ?5, ?6, now(), now())")
        .setParameter(1, serverId)
        .setParameter(2, type.name())
        .setParameter(3, idempotencyKey)
        .setParameter(4, requestedBy)
        .setParameter(5, reason)
        .setParameter(6, requestId)
        .executeUpdate();
  }

  @Override
  public List<QueuedServerAction> claim(int limit, Duration claim) {
    List<?> rows =
        em.createNativeQuery(
                "UPDATE server_actions SET status = 'RUNNING', attempts = attempts + 1,"
                    + " claimed_until = now() + ?2 * interval '1 second',"
                    + " started_at = COALESCE(started_at, now())"
                    + " WHERE id IN (SELECT a.id FROM server_actions a"
                    + " WHERE ((a.status = 'REQUESTED' AND a.next_attempt_at <= now())"
                    + " OR (a.status = 'RUNNING' AND a.claimed_until < now()))"
                    + UNFINISHED_FIRST_OF_ITS_SERVER
                    + " ORDER BY a.next_attempt_at, a.id LIMIT ?1 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, server_id, action, attempts, request_id")
            .setParameter(1, limit)
            .setParameter(2, claim.toSeconds())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new QueuedServerAction(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ServerActionType.valueOf((String) r[2]),
                    ((Number) r[3]).intValue(),
                    (String) r[4]))
        .toList();
  }

  @Override
  public boolean lockIfHeld(long actionId, int attempt) {
    return !em.createNativeQuery(
            "SELECT 1 FROM server_actions WHERE id = ?1 AND status = 'RUNNING'"
                + " AND attempts = ?2 FOR UPDATE")
        .setParameter(1, actionId)
        .setParameter(2, attempt)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void retryLater(long actionId, String error, Duration delay) {
    em.createNativeQuery(
            "UPDATE server_actions SET status = 'REQUESTED', claimed_until = NULL,"
                + " last_error = ?2, next_attempt_at = now() + ?3 * interval '1 millisecond'"
                + " WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, PlainText.cut(error, MAX_ERROR_LENGTH))
        .setParameter(3, delay.toMillis())
        .executeUpdate();
  }

  @Override
  public void requeue(long actionId, Duration delay) {
    em.createNativeQuery(
            "UPDATE server_actions SET status = 'REQUESTED', claimed_until = NULL, attempts = 0,"
                + " last_error = NULL, next_attempt_at = now() + ?2 * interval '1 millisecond'"
                + " WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, delay.toMillis())
        .executeUpdate();
  }

  @Override
  public void finish(long actionId, ServerActionStatus outcome, String error) {
    em.createNativeQuery(
            "UPDATE server_actions SET status = ?2, claimed_until = NULL, finished_at = now(),"
                + " last_error = ?3 WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, outcome.name())
        .setParameter(3, PlainText.cut(error, MAX_ERROR_LENGTH))
        .executeUpdate();
  }

  @Override
  public boolean hasRequested(long serverId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM server_actions WHERE server_id = ?1 AND status = 'REQUESTED' LIMIT 1")
        .setParameter(1, serverId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean hasUnfinished() {
    return !em.createNativeQuery(
            "SELECT 1 FROM server_actions WHERE status IN ('REQUESTED', 'RUNNING') LIMIT 1")
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Instant> nextDue() {
    Object next =
        em.createNativeQuery(
                "SELECT min(CASE WHEN status = 'RUNNING' THEN claimed_until"
                    + " ELSE next_attempt_at END) FROM server_actions a"
                    + " WHERE status IN ('REQUESTED', 'RUNNING')"
                    + UNFINISHED_FIRST_OF_ITS_SERVER)
            .getSingleResult();
    return Optional.ofNullable(next).map(SqlValues::instant);
  }

  @Override
  public Page<ServerActionView> ofServer(long serverId, PageRequest page) {
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
}
