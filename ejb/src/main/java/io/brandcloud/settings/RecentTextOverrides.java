package io.brandcloud.settings;

import io.brandcloud.shared.ChangeNotices;
import io.brandcloud.shared.DatabaseChange;
import io.brandcloud.shared.RecentAnswers;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Each tenant's text overrides per language as this node read them: every text of every page asks.
 * A change on this node counts when its transaction ends, one on another node when the database's
 * notice of it arrives ({@code texts}, tenant migration 024); the short lifetime only bounds what a
 * lost notice could leave.
 */
@ApplicationScoped
public class RecentTextOverrides {

  static final Duration TTL = Duration.ofMinutes(5);

  @Resource TransactionSynchronizationRegistry transactions;

  private final RecentAnswers<Map<String, String>> overrides =
      new RecentAnswers<>(TTL, 10_000, new AtomicLong());
  private final Map<String, Long> tenantsBySchema = new ConcurrentHashMap<>();

  Map<String, String> of(
      TenantContext tenant, String language, Supplier<Map<String, String>> load) {
    tenantsBySchema.putIfAbsent(tenant.schema().name(), tenant.tenantId());
    return overrides
        .recall(tenant.tenantId(), language, () -> Optional.of(load.get()))
        .orElseThrow();
  }

  void forget(long tenantId) {
    overrides.forget(transactions, tenantId, any -> true);
  }

  void changedAnywhere(@Observes DatabaseChange change) {
    if ("texts".equals(change.topic())) {
      Long tenantId = tenantsBySchema.get(change.schema());
      if (tenantId != null) {
        overrides.forget(null, tenantId, any -> true);
      }
    }
  }

  void mayHaveMissedChanges(@Observes ChangeNotices.Missed missed) {
    overrides.forgetAll();
  }
}
