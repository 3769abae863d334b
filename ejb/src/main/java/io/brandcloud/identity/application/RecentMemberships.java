package io.brandcloud.identity.application;

import io.brandcloud.shared.RecentAnswers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

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
      long tenantId, long userId, long organisationId, LongFunction<Optional<Membership>> load) {
    return recall(tenantId, userId + "@" + organisationId, load, userId);
  }

  /** The organisation the user works in now. */
  Optional<Membership> active(long tenantId, long userId, LongFunction<Optional<Membership>> load) {
    return recall(tenantId, userId + "@active", load, userId);
  }

  /** After a change to the tenant's organisations, members or roles. */
  void forgetTenant(long tenantId) {
    memberships.forget(transactions, tenantId, membership -> true);
  }

  private Optional<Membership> recall(
      long tenantId, String key, LongFunction<Optional<Membership>> load, long userId) {
    Optional<Membership> known = memberships.get(tenantId, key);
    if (known.isPresent()) {
      return known;
    }
    long epoch = memberships.epoch();
    Optional<Membership> loaded = load.apply(userId);
    loaded.ifPresent(membership -> memberships.remember(tenantId, key, membership, epoch));
    return loaded;
  }
}
