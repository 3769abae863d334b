package io.brandcloud.provisioning.servers.application;

import io.brandcloud.provisioning.servers.domain.ServerChanged;
import io.brandcloud.shared.ChangeNotices;
import io.brandcloud.shared.DatabaseChange;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.RecentAnswers;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The pages of an organisation's servers this node read, kept until that organisation's servers
 * change: customers' scripts and dashboards ask for the list far more often than it changes. A
 * change flushed on this node is forgotten when its transaction ends; any other (another node, a
 * job's SQL, an operator's psql) when the database's notice of it arrives, a moment after its
 * commit. While notices cannot be heard, nothing is kept and every read goes to the database.
 */
@ApplicationScoped
public class RecentServerPages {

  /** A safety net only: a notice forgets a changed page long before. */
  static final Duration TTL = Duration.ofMinutes(5);

  private static final int MAX_ENTRIES = 20_000;

  @EJB ChangeNotices notices;

  private final RecentAnswers<OrganisationPage> pages =
      new RecentAnswers<>(TTL, MAX_ENTRIES, new AtomicLong());
  private final Map<String, Long> tenantsBySchema = new ConcurrentHashMap<>();

  private record OrganisationPage(long organisationId, Page<ServerView> page) {}

  /** The page as known, else as {@code read} finds it, kept while notices are heard. */
  Page<ServerView> of(
      TenantContext tenant,
      long organisationId,
      PageRequest request,
      Supplier<Page<ServerView>> read) {
    if (!notices.listening()) {
      return read.get();
    }
    tenantsBySchema.putIfAbsent(tenant.schema().name(), tenant.tenantId());
    return pages
        .recall(
            tenant.tenantId(),
            organisationId + "/" + request.page() + "/" + request.limit(),
            () -> Optional.of(new OrganisationPage(organisationId, read.get())))
        .orElseThrow()
        .page();
  }

  void changedHere(@Observes(during = TransactionPhase.AFTER_COMPLETION) ServerChanged change) {
    forget(change.tenantId(), change.organisationId());
  }

  void changedAnywhere(@Observes DatabaseChange change) {
    if (ServerChanged.TOPIC.equals(change.topic())) {
      Long tenantId = tenantsBySchema.get(change.schema());
      if (tenantId != null) {
        forget(tenantId, change.key());
      }
    }
  }

  void mayHaveMissedChanges(@Observes ChangeNotices.Missed missed) {
    pages.forgetAll();
  }

  private void forget(long tenantId, long organisationId) {
    pages.forget(null, tenantId, page -> page.organisationId() == organisationId);
  }
}
