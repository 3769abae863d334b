package io.brandcloud.privacy.infrastructure;

import io.brandcloud.privacy.domain.Erased;
import io.brandcloud.privacy.domain.ErasureStore;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code erasure_requests}. */
@ApplicationScoped
public class SqlErasureStore implements ErasureStore {

  private static final String COLUMNS =
      "SELECT id, user_id, requested_by, status = 'ERASED', requested_at, erased_at, erased"
          + " FROM erasure_requests";

  @PersistenceContext EntityManager em;

  @Override
  public long ask(long userId, String tokenHash, Instant at, Instant expires) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO erasure_requests (user_id, status, token_hash, requested_at,"
                    + " expires_at) VALUES (?1, 'REQUESTED', ?2, ?3, ?4) RETURNING id")
            .setParameter(1, userId)
            .setParameter(2, tokenHash)
            .setParameter(3, Timestamp.from(at))
            .setParameter(4, Timestamp.from(expires))
            .getSingleResult());
  }

  @Override
  public Optional<ErasureRecord> waiting(String tokenHash, Instant now) {
    return records(
            em.createNativeQuery(
                    COLUMNS + " WHERE token_hash = ?1 AND status = 'REQUESTED' AND expires_at > ?2")
                .setParameter(1, tokenHash)
                .setParameter(2, Timestamp.from(now))
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public void erased(long requestId, Erased what, Instant at) {
    em.createNativeQuery(
            "UPDATE erasure_requests SET status = 'ERASED', erased_at = ?2, erased = ?3,"
                + " token_hash = NULL WHERE id = ?1")
        .setParameter(1, requestId)
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, what.describe())
        .executeUpdate();
  }

  @Override
  public void dropWaiting(long userId) {
    em.createNativeQuery("DELETE FROM erasure_requests WHERE user_id = ?1 AND status = 'REQUESTED'")
        .setParameter(1, userId)
        .executeUpdate();
  }

  @Override
  public long recordByStaff(long userId, String staffName, Erased what, Instant at) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO erasure_requests (user_id, requested_by, status, requested_at,"
                    + " erased_at, erased) VALUES (?1, ?2, 'ERASED', ?3, ?3, ?4) RETURNING id")
            .setParameter(1, userId)
            .setParameter(2, staffName)
            .setParameter(3, Timestamp.from(at))
            .setParameter(4, what.describe())
            .getSingleResult());
  }

  @Override
  public List<ErasureRecord> latest(int limit) {
    return records(
        em.createNativeQuery(COLUMNS + " ORDER BY id DESC LIMIT ?1")
            .setParameter(1, limit)
            .getResultList());
  }

  private static List<ErasureRecord> records(List<?> rows) {
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new ErasureRecord(
                    SqlValues.toLong(row[0]),
                    SqlValues.toLong(row[1]),
                    (String) row[2],
                    (Boolean) row[3],
                    SqlValues.instant(row[4]),
                    row[5] == null ? null : SqlValues.instant(row[5]),
                    (String) row[6]))
        .toList();
  }
}
