package io.brandcloud.identity.application;

import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Single-use, expiring secrets sent by e-mail: a link token and, for verification, a six-digit code
 * too. Only digests are stored; a code survives at most {@value #CODE_ATTEMPTS} wrong guesses.
 */
@Stateless
public class AccountTokens {

  static final int CODE_ATTEMPTS = 5;

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;

  /** Why a token was sent. */
  public enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
  }

  /** What is mailed: the link token and, if asked for, a code. */
  public record Issued(String token, String code) {}

  /** Issues a new token and voids the user's earlier unused ones for the same purpose. */
  public Issued issue(long userId, Purpose purpose, Duration validFor, boolean withCode) {
    Instant now = clock.now();
    em.createNativeQuery(
            "UPDATE account_tokens SET used_at = ?3 WHERE user_id = ?1 AND purpose = ?2"
                + " AND used_at IS NULL")
        .setParameter(1, userId)
        .setParameter(2, purpose.name())
        .setParameter(3, now)
        .executeUpdate();
    String token = SecretTokens.random();
    String code = withCode ? SecretTokens.randomDigits(6) : null;
    em.createNativeQuery(
            "INSERT INTO account_tokens (user_id, purpose, token_hash, code_hash, expires_at,"
                + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, userId)
        .setParameter(2, purpose.name())
        .setParameter(3, SecretTokens.sha256(token))
        .setParameter(4, code == null ? null : SecretTokens.sha256(code))
        .setParameter(5, now.plus(validFor))
        .setParameter(6, now)
        .executeUpdate();
    return new Issued(token, code);
  }

  /** Uses a link token: the user it belongs to, if it is unused and unexpired. */
  public Optional<Long> redeemToken(Purpose purpose, String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return redeem("token_hash = ?2", purpose, SecretTokens.sha256(token.strip()), null);
  }

  /** Uses a code typed by the user; wrong codes count against the token. */
  public Optional<Long> redeemCode(Purpose purpose, long userId, String code) {
    if (code == null || !code.strip().matches("[0-9]{6}")) {
      countWrongCode(purpose, userId);
      return Optional.empty();
    }
    Optional<Long> user =
        redeem(
            "user_id = ?4 AND code_hash = ?2 AND attempts < " + CODE_ATTEMPTS,
            purpose,
            SecretTokens.sha256(code.strip()),
            userId);
    if (user.isEmpty()) {
      countWrongCode(purpose, userId);
    }
    return user;
  }

  private Optional<Long> redeem(String match, Purpose purpose, String digest, Long userId) {
    var query =
        em.createNativeQuery(
                "UPDATE account_tokens SET used_at = ?3 WHERE purpose = ?1 AND "
                    + match
                    + " AND used_at IS NULL AND expires_at > ?3 RETURNING user_id")
            .setParameter(1, purpose.name())
            .setParameter(2, digest)
            .setParameter(3, clock.now());
    if (userId != null) {
      query.setParameter(4, userId);
    }
    List<?> rows = query.getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
  }

  private void countWrongCode(Purpose purpose, long userId) {
    em.createNativeQuery(
            "UPDATE account_tokens SET attempts = attempts + 1 WHERE user_id = ?1"
                + " AND purpose = ?2 AND used_at IS NULL")
        .setParameter(1, userId)
        .setParameter(2, purpose.name())
        .executeUpdate();
  }
}
