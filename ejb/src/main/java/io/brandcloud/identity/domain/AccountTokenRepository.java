package io.brandcloud.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The single-use secrets mailed to users, kept as digests only. {@code purpose} is the name of what
 * a token was issued for; redeeming a token uses it up and yields the user it belongs to.
 */
public interface AccountTokenRepository {

  /** Uses up the user's unused tokens for the purpose. */
  void voidUnused(long userId, String purpose, Instant at);

  /**
   * @param detail what the token confirms beyond its purpose (the new address of an e-mail change),
   *     or null
   */
  void add(
      long userId,
      String purpose,
      String tokenHash,
      String codeHash,
      String detail,
      Instant expiresAt,
      Instant createdAt);

  /** A redeemed token: whose it was, and its detail if it has one. */
  record Redeemed(long userId, String detail) {}

  /** Redeems the unused, unexpired token with this digest. */
  Optional<Redeemed> redeemToken(String purpose, String tokenHash, Instant now);

  /** The detail of the user's newest unused, unexpired token for the purpose. */
  Optional<String> pendingDetail(long userId, String purpose, Instant now);

  /** Redeems the user's unused, unexpired token with this code, if it had fewer wrong guesses. */
  Optional<Long> redeemCode(
      String purpose, long userId, String codeHash, int attemptsAllowed, Instant now);

  /** Counts a wrong code against the user's unused tokens for the purpose. */
  void countWrongCode(long userId, String purpose);
}
