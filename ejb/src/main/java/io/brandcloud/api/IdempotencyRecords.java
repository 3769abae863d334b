package io.brandcloud.api;

import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/**
 * The first answer to each POST that carried an {@code Idempotency-Key}, per caller, for 24 hours.
 * Each step commits on its own, so a concurrent retry sees the reservation at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyRecords {

  public static final Duration KEPT_FOR = Duration.ofHours(24);

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;

  /** What a request with a key should do. */
  public sealed interface Claim {}

  /** The key is new: carry out the request, then {@link #complete} or {@link #release}. */
  public record Granted() implements Claim {}

  /** The key was used for this same request: answer with its first result. */
  public record Replay(int status, String body) implements Claim {}

  /** The first request with this key is still running. */
  public record InProgress() implements Claim {}

  /** The key was used for a different request. */
  public record Mismatch() implements Claim {}

  public Claim claim(String principal, String key, String requestHash) {
    em.createNativeQuery(
            "DELETE FROM idempotency_records WHERE principal = ?1 AND idempotency_key = ?2"
                + " AND created_at < ?3")
        .setParameter(1, principal)
        .setParameter(2, key)
        .setParameter(3, clock.now().minus(KEPT_FOR))
        .executeUpdate();
    List<?> inserted =
        em.createNativeQuery(
                "INSERT INTO idempotency_records (principal, idempotency_key, request_hash,"
                    + " created_at) VALUES (?1, ?2, ?3, ?4)"
                    + " ON CONFLICT (principal, idempotency_key) DO NOTHING RETURNING id")
            .setParameter(1, principal)
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .setParameter(4, clock.now())
            .getResultList();
    if (!inserted.isEmpty()) {
      return new Granted();
    }
    Object[] first =
        (Object[])
            em.createNativeQuery(
                    "SELECT request_hash, status, body FROM idempotency_records"
                        + " WHERE principal = ?1 AND idempotency_key = ?2")
                .setParameter(1, principal)
                .setParameter(2, key)
                .getSingleResult();
    if (!requestHash.equals(first[0])) {
      return new Mismatch();
    }
    if (first[1] == null) {
      return new InProgress();
    }
    return new Replay(SqlValues.toInt(first[1]), (String) first[2]);
  }

  public void complete(String principal, String key, int status, String body) {
    em.createNativeQuery(
            "UPDATE idempotency_records SET status = ?3, body = ?4"
                + " WHERE principal = ?1 AND idempotency_key = ?2")
        .setParameter(1, principal)
        .setParameter(2, key)
        .setParameter(3, status)
        .setParameter(4, body)
        .executeUpdate();
  }

  /** Forgets a reservation whose request failed on our side, so the client may retry it. */
  public void release(String principal, String key) {
    em.createNativeQuery(
            "DELETE FROM idempotency_records WHERE principal = ?1 AND idempotency_key = ?2")
        .setParameter(1, principal)
        .setParameter(2, key)
        .executeUpdate();
  }
}
