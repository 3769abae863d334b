package io.brandcloud.identity.application;

import io.brandcloud.shared.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node learnt about API keys and sessions in the last {@link #TTL}, so that an API call
 * does not open a transaction just to find its key or to check that its session was not ended.
 * Revoking keys and ending sessions on this node count at once (after their transaction commits, so
 * a request running meanwhile cannot put the old answer back); on other nodes within {@link #TTL}.
 * An expired key stops at its expiry whatever is cached.
 */
@ApplicationScoped
public class RecentCredentials {

  static final Duration TTL = Duration.ofSeconds(30);
  private static final int MAX_ENTRIES = 20_000;

  @Resource TransactionSynchronizationRegistry transactions;

  private final java.util.concurrent.atomic.AtomicLong forgettings =
      new java.util.concurrent.atomic.AtomicLong();
  private final Map<String, Cached<KeyHolder>> keys = new ConcurrentHashMap<>();
  private final Map<String, Cached<SessionState>> sessions = new ConcurrentHashMap<>();

  /** Whether a user's sessions that began at some time still count. */
  public record SessionState(boolean userExists, Instant validAfter) {
    public boolean admits(Instant loggedInAt) {
      return userExists && (validAfter == null || !loggedInAt.isBefore(validAfter));
    }
  }

  public Optional<KeyHolder> key(long tenantId, String tokenDigest, Instant now) {
    return fresh(keys, tenantId + "|" + tokenDigest)
        .filter(holder -> holder.expiresAt() == null || now.isBefore(holder.expiresAt()));
  }

  /** Read before looking something up in the database, and passed to {@code remember…}. */
  public long epoch() {
    return forgettings.get();
  }

  public void rememberKey(long tenantId, String tokenDigest, KeyHolder holder, long epoch) {
    remember(keys, tenantId + "|" + tokenDigest, holder, epoch);
  }

  public Optional<SessionState> session(long tenantId, long userId) {
    return fresh(sessions, tenantId + "|" + userId);
  }

  public void rememberSession(long tenantId, long userId, SessionState state, long epoch) {
    remember(sessions, tenantId + "|" + userId, state, epoch);
  }

  /** After the current transaction: the user's keys and sessions are looked up afresh. */
  public void forgetUser(long tenantId, long userId) {
    afterCommit(
        () -> {
          forgettings.incrementAndGet();
          sessions.remove(tenantId + "|" + userId);
          keys.values().removeIf(c -> c.tenantId() == tenantId && c.value().user().id() == userId);
        });
  }

  private void afterCommit(Runnable forget) {
    forget.run();
    if (transactions == null || transactions.getTransactionKey() == null) {
      return;
    }
    AfterCommit.run(transactions, forget);
  }

  private static <T> Optional<T> fresh(Map<String, Cached<T>> cache, String key) {
    Cached<T> cached = cache.get(key);
    if (cached == null || System.nanoTime() - cached.loadedAt() > TTL.toNanos()) {
      return Optional.empty();
    }
    return Optional.of(cached.value());
  }

  private <T> void remember(Map<String, Cached<T>> cache, String key, T value, long epoch) {
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear(); // bounds what a flood of distinct keys can make us hold
    }
    long tenantId = Long.parseLong(key.substring(0, key.indexOf('|')));
    Cached<T> entry = new Cached<>(tenantId, value, System.nanoTime());
    cache.put(key, entry);
    if (forgettings.get() != epoch) {
      cache.remove(key, entry); // something was forgotten while this was read: it may be stale
    }
  }

  private record Cached<T>(long tenantId, T value, long loadedAt) {}
}
