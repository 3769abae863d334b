package io.brandcloud.shared;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers this node read from a tenant's database in the last {@code ttl}, for reads on every
 * request whose source changes rarely. Forgetting counts at once and again when the current
 * transaction ends, and an answer read while something was forgotten is not kept, so a request
 * running meanwhile cannot put the old answer back. Other nodes see a change within {@code ttl}.
 *
 * @param <V> the answer
 */
public final class RecentAnswers<V> {

  private final Duration ttl;
  private final int maxEntries;
  private final AtomicLong forgettings;
  private final Map<String, Cached<V>> answers = new ConcurrentHashMap<>();

  /**
   * @param forgettings shared by the caches whose answers are forgotten together, so one {@link
   *     #epoch()} guards them all
   */
  public RecentAnswers(Duration ttl, int maxEntries, AtomicLong forgettings) {
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.forgettings = forgettings;
  }

  /** Read before looking the answer up in the database, and passed to {@link #remember}. */
  public long epoch() {
    return forgettings.get();
  }

  public Optional<V> get(long tenantId, String key) {
    Cached<V> cached = answers.get(tenantId + "|" + key);
    if (cached == null || System.nanoTime() - cached.loadedAt() > ttl.toNanos()) {
      return Optional.empty();
    }
    return Optional.of(cached.value());
  }

  /** The answer if known, else what {@code load} reads, kept if present. */
  public Optional<V> recall(long tenantId, String key, Supplier<Optional<V>> load) {
    Optional<V> known = get(tenantId, key);
    if (known.isPresent()) {
      return known;
    }
    long epoch = epoch();
    Optional<V> loaded = load.get();
    loaded.ifPresent(value -> remember(tenantId, key, value, epoch));
    return loaded;
  }

  public void remember(long tenantId, String key, V value, long epoch) {
    if (answers.size() >= maxEntries) {
      answers.clear(); // bounds what a flood of distinct keys can make us hold
    }
    String tenantKey = tenantId + "|" + key;
    Cached<V> entry = new Cached<>(tenantId, value, System.nanoTime());
    answers.put(tenantKey, entry);
    if (forgettings.get() != epoch) {
      answers.remove(tenantKey, entry); // something was forgotten while this was read
    }
  }

  /**
   * Forgets a tenant's answers that match, now and when the current transaction (if any) ends,
   * committed or not: a read inside a transaction that rolls back must not outlive it.
   */
  public void forget(
      TransactionSynchronizationRegistry transactions, long tenantId, Predicate<V> which) {
    Runnable forgetting =
        () -> {
          forgettings.incrementAndGet();
          answers.values().removeIf(c -> c.tenantId() == tenantId && which.test(c.value()));
        };
    forgetting.run();
    if (transactions != null && transactions.getTransactionKey() != null) {
      AfterCommit.runWhenEnded(transactions, forgetting);
    }
  }

  /** Forgets every answer of every tenant, e.g. when changes may have gone unnoticed. */
  public void forgetAll() {
    forgettings.incrementAndGet();
    answers.clear();
  }

  private record Cached<V>(long tenantId, V value, long loadedAt) {}
}
