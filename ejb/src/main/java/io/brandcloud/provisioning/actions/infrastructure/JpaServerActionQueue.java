package io.brandcloud.provisioning.actions.infrastructure;

import io.brandcloud.provisioning.actions.domain.QueuedServerAction;
import io.brandcloud.provisioning.actions.domain.ServerActionQueue;
import io.brandcloud.provisioning.actions.domain.ServerActionRequest;
import io.brandcloud.provisioning.actions.domain.ServerActionStatus;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
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
  private static final int MAX_OUTCOME_LENGTH = 500;
  private static final String VIEW =
      "SELECT id, action, parameter, status, progress, requested_by, reason, attempts, last_error,"
          + " outcome, (status = 'SUCCEEDED' AND sealed_password IS NOT NULL), requested_at,"
          + " finished_at FROM server_actions";
  // a server held for fraud review waits with all its actions until staff approve it
  private static final String UNFINISHED_FIRST_OF_ITS_SERVER =
      " AND NOT EXISTS (SELECT 1 FROM server_actions e WHERE e.server_id = a.server_id"
          + " AND e.id < a.id AND e.status IN ('REQUESTED', 'RUNNING'))"
          + " AND NOT EXISTS (SELECT 1 FROM servers h WHERE h.id = a.server_id"
          + " AND h.held_for_review)";

  @PersistenceContext EntityManager em;

  @Override
  public long add(ServerActionRequest request) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO server_actions (server_id, action, parameter, status,"
                    + " idempotency_key, requested_by, reason, request_id, sealed_password,"
                    + " ssh_keys, user_data, next_attempt_at, requested_at) VALUES (?1, ?2, ?3,"
                    + " 'REQUESTED', ?4, ?5, ?6, ?7, ?8, ?9, ?10, now(), now()) RETURNING id")
            .setParameter(1, request.serverId())
            .setParameter(2, request.type().name())
            .setParameter(3, request.parameter())
            .setParameter(4, request.idempotencyKey())
            .setParameter(5, request.requestedBy())
            .setParameter(6, request.reason())
            .setParameter(7, request.requestId())
            .setParameter(8, request.sealedPassword())
            .setParameter(
                9, request.sshKeys().isEmpty() ? null : String.join("\n", request.sshKeys()))
            .setParameter(10, request.userData())
            .getSingleResult());
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
                    + " RETURNING id, server_id, action, attempts, request_id, parameter,"
                    + " provider_task, sealed_password, ssh_keys, user_data")
            .setParameter(1, limit)
            .setParameter(2, claim.toSeconds())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new QueuedServerAction(
                    SqlValues.toLong(r[0]),
                    SqlValues.toLong(r[1]),
                    ServerActionType.valueOf((String) r[2]),
                    SqlValues.toInt(r[3]),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (byte[]) r[7],
                    r[8] == null ? List.of() : List.of(((String) r[8]).split("\n")),
                    (String) r[9]))
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
  public void accepted(long actionId, String handle) {
    em.createNativeQuery("UPDATE server_actions SET provider_task = ?2 WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, handle)
        .executeUpdate();
  }

  @Override
  public void progressed(long actionId, Integer percent) {
    em.createNativeQuery("UPDATE server_actions SET progress = ?2 WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, percent)
        .executeUpdate();
  }

  @Override
  public void keepPassword(long actionId, byte[] sealedPassword) {
    em.createNativeQuery("UPDATE server_actions SET sealed_password = ?2 WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, sealedPassword)
        .executeUpdate();
  }

  @Override
  public void note(long actionId, String note) {
    em.createNativeQuery("UPDATE server_actions SET outcome = ?2 WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, PlainText.cut(note, MAX_OUTCOME_LENGTH))
        .executeUpdate();
  }

  @Override
  public void finish(long actionId, ServerActionStatus outcome, String error, String note) {
    em.createNativeQuery(
            "UPDATE server_actions SET status = ?2, claimed_until = NULL, finished_at = now(),"
                + " last_error = ?3, outcome = COALESCE(?4, outcome),"
                + " progress = CASE WHEN ?2 = 'SUCCEEDED' THEN 100 ELSE progress END,"
                + " sealed_password = CASE WHEN ?2 = 'SUCCEEDED' THEN sealed_password END,"
                + " user_data = NULL"
                + " WHERE id = ?1")
        .setParameter(1, actionId)
        .setParameter(2, outcome.name())
        .setParameter(3, PlainText.cut(error, MAX_ERROR_LENGTH))
        .setParameter(4, PlainText.cut(note, MAX_OUTCOME_LENGTH))
        .executeUpdate();
  }

  @Override
  public int cancelRequested(long serverId, String note) {
    return em.createNativeQuery(
            "UPDATE server_actions SET status = 'FAILED', finished_at = now(), outcome = ?2,"
                + " sealed_password = NULL, user_data = NULL WHERE server_id = ?1"
                + " AND status = 'REQUESTED'")
        .setParameter(1, serverId)
        .setParameter(2, PlainText.cut(note, MAX_OUTCOME_LENGTH))
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
  public int unfinishedOf(long serverId) {
    return SqlValues.toInt(
        em.createNativeQuery(
                "SELECT count(*) FROM server_actions WHERE server_id = ?1"
                    + " AND status IN ('REQUESTED', 'RUNNING')")
            .setParameter(1, serverId)
            .getSingleResult());
  }

  @Override
  public int askedWithin(long serverId, Duration window) {
    return SqlValues.toInt(
        em.createNativeQuery(
                "SELECT count(*) FROM server_actions WHERE server_id = ?1"
                    + " AND requested_at >= now() - ?2 * interval '1 second'"
                    + " AND requested_by <> 'system'")
            .setParameter(1, serverId)
            .setParameter(2, window.toSeconds())
            .getSingleResult());
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
        VIEW + " WHERE server_id = ?1 ORDER BY id DESC",
        JpaServerActionQueue::view,
        serverId);
  }

  @Override
  public Optional<ServerActionView> find(long serverId, long actionId) {
    List<?> rows =
        em.createNativeQuery(VIEW + " WHERE server_id = ?1 AND id = ?2")
            .setParameter(1, serverId)
            .setParameter(2, actionId)
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaServerActionQueue::view).findFirst();
  }

  @Override
  public Optional<byte[]> takePassword(long serverId, long actionId) {
    List<?> rows =
        em.createNativeQuery(
                "WITH old AS (SELECT id, sealed_password FROM server_actions WHERE id = ?2"
                    + " AND server_id = ?1 AND status = 'SUCCEEDED' AND sealed_password IS NOT NULL"
                    + " FOR UPDATE) UPDATE server_actions a SET sealed_password = NULL,"
                    + " password_shown_at = now() FROM old WHERE a.id = old.id"
                    + " RETURNING old.sealed_password")
            .setParameter(1, serverId)
            .setParameter(2, actionId)
            .getResultList();
    return rows.stream().map(byte[].class::cast).findFirst();
  }

  private static ServerActionView view(Object[] r) {
    return new ServerActionView(
        SqlValues.toLong(r[0]),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        SqlValues.intOrNull(r[4]),
        (String) r[5],
        (String) r[6],
        SqlValues.toInt(r[7]),
        (String) r[8],
        (String) r[9],
        (Boolean) r[10],
        SqlValues.instant(r[11]),
        r[12] == null ? null : SqlValues.instant(r[12]));
  }
}
