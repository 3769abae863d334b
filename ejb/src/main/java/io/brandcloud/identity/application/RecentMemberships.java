package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.Membership;
import io.brandcloud.shared.RecentAnswers;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The memberships this node read in the last {@link #TTL}: every customer API call and page checks
 * one, and they change rarely. Any change to a tenant's memberships forgets all of that tenant's,
 * at once on this node and within {@link #TTL} on others, like a revoked key. "Not a member" is
 * never kept, so a new membership counts at once.
 */
@ApplicationScoped
public class RecentMemberships {

  static final Duration TTL = Duration.ofSeconds(30);
  private static final int MAX_ENTRIES = 20_000;

  @Resource TransactionSynchronizationRegistry transactions;

  private final RecentAnswers<Membership> memberships =
      new RecentAnswers<>(TTL, MAX_ENTRIES, new AtomicLong());

  /** The user's membership of an organisation. */
  Optional<Membership> of(
      long tenantId, long userId, long organisationId, Supplier<Optional<Membership>> load) {
    return memberships.recall(tenantId, userId + "@" + organisationId, load);
  }

  /** The organisation the user works in now. */
  Optional<Membership> active(long tenantId, long userId, Supplier<Optional<Membership>> load) {
    return memberships.recall(tenantId, userId + "@active", load);
  }

  /** After a change to the current tenant's organisations, members or roles. */
  void forgetCurrentTenant() {
    memberships.forget(transactions, CurrentTenant.require().tenantId(), membership -> true);
  }
}
