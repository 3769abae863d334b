package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.AccountTokenRepository;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountTokenRepository implements AccountTokenRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void voidUnused(long userId, String purpose, Instant at) {
    em.createNativeQuery(
            "UPDATE account_tokens SET used_at = ?3 WHERE user_id = ?1 AND purpose = ?2"
                + " AND used_at IS NULL")
        .setParameter(1, userId)
        .setParameter(2, purpose)
        .setParameter(3, at)
        .executeUpdate();
  }

  @Override
  public void add(
      long userId,
      String purpose,
      String tokenHash,
      String codeHash,
      String detail,
      Instant expiresAt,
      Instant createdAt) {
    em.createNativeQuery(
            "INSERT INTO account_tokens (user_id, purpose, token_hash, code_hash, detail,"
                + " expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, userId)
        .setParameter(2, purpose)
        .setParameter(3, tokenHash)
        .setParameter(4, codeHash)
        .setParameter(5, detail)
        .setParameter(6, expiresAt)
        .setParameter(7, createdAt)
        .executeUpdate();
  }

  @Override
  public Optional<Redeemed> redeemToken(String purpose, String tokenHash, Instant now) {
    return redeem("token_hash = ?2", purpose, tokenHash, null, now);
  }

  @Override
  public Optional<String> pendingDetail(long userId, String purpose, Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT detail FROM account_tokens WHERE user_id = ?1 AND purpose = ?2"
                    + " AND used_at IS NULL AND expires_at > ?3 ORDER BY created_at DESC LIMIT 1")
            .setParameter(1, userId)
            .setParameter(2, purpose)
            .setParameter(3, now)
            .getResultList();
    return rows.stream().filter(java.util.Objects::nonNull).map(String.class::cast).findFirst();
  }

  @Override
  public Optional<Long> redeemCode(
      String purpose, long userId, String codeHash, int attemptsAllowed, Instant now) {
    return redeem(
            "user_id = ?4 AND code_hash = ?2 AND attempts < " + attemptsAllowed,
            purpose,
            codeHash,
            userId,
            now)
        .map(Redeemed::userId);
  }

  private Optional<Redeemed> redeem(
      String match, String purpose, String digest, Long userId, Instant now) {
    var query =
        em.createNativeQuery(
                "UPDATE account_tokens SET used_at = ?3 WHERE purpose = ?1 AND "
                    + match
                    + " AND used_at IS NULL AND expires_at > ?3 RETURNING user_id, detail")
            .setParameter(1, purpose)
            .setParameter(2, digest)
            .setParameter(3, now);
    if (userId != null) {
      query.setParameter(4, userId);
    }
    List<?> rows = query.getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new Redeemed(SqlValues.toLong(row[0]), (String) row[1]));
  }

  @Override
  public void countWrongCode(long userId, String purpose) {
    em.createNativeQuery(
            "UPDATE account_tokens SET attempts = attempts + 1 WHERE user_id = ?1"
                + " AND purpose = ?2 AND used_at IS NULL")
        .setParameter(1, userId)
        .setParameter(2, purpose)
        .executeUpdate();
  }
}
