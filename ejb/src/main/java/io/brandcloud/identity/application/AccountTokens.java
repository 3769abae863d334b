package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.AccountTokenRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use, expiring secrets sent by e-mail: a link token and, for verification, a six-digit code
 * too. Only digests are stored; a code survives at most {@value #CODE_ATTEMPTS} wrong guesses.
 */
@Stateless
public class AccountTokens {

  static final int CODE_ATTEMPTS = 5;

  @Inject AccountTokenRepository tokens;
  @Inject ApplicationClock clock;

  /** Why a token was sent. */
  public enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD,
    CHANGE_EMAIL
  }

  /** What is mailed: the link token and, if asked for, a code. */
  public record Issued(String token, String code) {}

  /** Issues a new token and voids the user's earlier unused ones for the same purpose. */
  public Issued issue(long userId, Purpose purpose, Duration validFor, boolean withCode) {
    return issue(userId, purpose, validFor, withCode, null);
  }

  /** The same, for a token that confirms {@code detail}, such as a new address. */
  public Issued issue(
      long userId, Purpose purpose, Duration validFor, boolean withCode, String detail) {
    Instant now = clock.now();
    tokens.voidUnused(userId, purpose.name(), now);
    String token = SecretTokens.random();
    String code = withCode ? SecretTokens.randomDigits(6) : null;
    tokens.add(
        userId,
        purpose.name(),
        SecretTokens.sha256(token),
        code == null ? null : SecretTokens.sha256(code),
        detail,
        now.plus(validFor),
        now);
    return new Issued(token, code);
  }

  /** Uses a link token: the user it belongs to, if it is unused and unexpired. */
  public Optional<Long> redeemToken(Purpose purpose, String token) {
    return redeem(purpose, token).map(AccountTokenRepository.Redeemed::userId);
  }

  /** Uses a link token: whose it is and what it confirms, if it is unused and unexpired. */
  public Optional<AccountTokenRepository.Redeemed> redeem(Purpose purpose, String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return tokens.redeemToken(purpose.name(), SecretTokens.sha256(token.strip()), clock.now());
  }

  /** What the user's newest token for the purpose, still unused and unexpired, confirms. */
  public Optional<String> pending(long userId, Purpose purpose) {
    return tokens.pendingDetail(userId, purpose.name(), clock.now());
  }

  /** Uses a code typed by the user; wrong codes count against the token. */
  public Optional<Long> redeemCode(Purpose purpose, long userId, String code) {
    if (code == null || !code.strip().matches("[0-9]{6}")) {
      tokens.countWrongCode(userId, purpose.name());
      return Optional.empty();
    }
    Optional<Long> user =
        tokens.redeemCode(
            purpose.name(), userId, SecretTokens.sha256(code.strip()), CODE_ATTEMPTS, clock.now());
    if (user.isEmpty()) {
      tokens.countWrongCode(userId, purpose.name());
    }
    return user;
  }
}
