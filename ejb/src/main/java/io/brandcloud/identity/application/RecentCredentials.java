package io.brandcloud.identity.application;

import io.brandcloud.shared.RecentAnswers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this node learnt about API keys and sessions in the last {@link #TTL}, so that an API call
 * does not open a transaction just to find its key or to check that its session was not ended.
 * Revoking keys and ending sessions on this node count at once; on other nodes within {@link #TTL}.
 * An expired key stops at its expiry whatever is cached.
 */
@ApplicationScoped
public class RecentCredentials {

  static final Duration TTL = Duration.ofSeconds(30);
  private static final int MAX_ENTRIES = 20_000;

  @Resource TransactionSynchronizationRegistry transactions;

  private final AtomicLong forgettings = new AtomicLong();
  private final RecentAnswers<KeyHolder> keys = new RecentAnswers<>(TTL, MAX_ENTRIES, forgettings);
  private final RecentAnswers<UserSession> sessions =
      new RecentAnswers<>(TTL, MAX_ENTRIES, forgettings);

  /**
   * Whether a user's sessions that began at some time still count, and which of their recorded
   * sessions were ended one by one.
   */
  public record SessionState(boolean userExists, Instant validAfter, Set<Long> endedSessions) {

    public SessionState {
      endedSessions = Set.copyOf(endedSessions);
    }

    public SessionState(boolean userExists, Instant validAfter) {
      this(userExists, validAfter, Set.of());
    }

    /** A login that began then, recorded as {@code sessionId} (null: not recorded). */
    public boolean admits(Instant loggedInAt, Long sessionId) {
      return userExists
          && (validAfter == null || !loggedInAt.isBefore(validAfter))
          && (sessionId == null || !endedSessions.contains(sessionId));
    }
  }

  private record UserSession(long userId, SessionState state) {}

  public Optional<KeyHolder> key(long tenantId, String tokenDigest, Instant now) {
    return keys.get(tenantId, tokenDigest)
        .filter(holder -> holder.expiresAt() == null || now.isBefore(holder.expiresAt()));
  }

  /** Read before looking something up in the database, and passed to {@code remember…}. */
  public long epoch() {
    return forgettings.get();
  }

  public void rememberKey(long tenantId, String tokenDigest, KeyHolder holder, long epoch) {
    keys.remember(tenantId, tokenDigest, holder, epoch);
  }

  public Optional<SessionState> session(long tenantId, long userId) {
    return sessions.get(tenantId, Long.toString(userId)).map(UserSession::state);
  }

  public void rememberSession(long tenantId, long userId, SessionState state, long epoch) {
    sessions.remember(tenantId, Long.toString(userId), new UserSession(userId, state), epoch);
  }

  /** The user's keys and sessions are looked up afresh, now and after the transaction. */
  public void forgetUser(long tenantId, long userId) {
    sessions.forget(transactions, tenantId, session -> session.userId() == userId);
    keys.forget(transactions, tenantId, holder -> holder.user().id() == userId);
  }
}
