package io.brandcloud.settings;

import io.brandcloud.shared.RecentAnswers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Each tenant's settings as this node read them in the last {@link #TTL}: pages read them several
 * times (how money is shown, whether staff need a second factor) and they change rarely. A change
 * counts at once on this node and within {@link #TTL} on others.
 */
@ApplicationScoped
public class RecentSettings {

  static final Duration TTL = Duration.ofSeconds(30);
  private static final String KEY = "settings";

  @Resource TransactionSynchronizationRegistry transactions;

  private final RecentAnswers<Settings> settings =
      new RecentAnswers<>(TTL, 10_000, new AtomicLong());

  Settings of(long tenantId, Supplier<Settings> load) {
    return settings.recall(tenantId, KEY, () -> Optional.of(load.get())).orElseThrow();
  }

  void forget(long tenantId) {
    settings.forget(transactions, tenantId, any -> true);
  }
}
