package io.brandcloud.catalog.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys licence products deliver, sealed at rest. */
public interface LicencePool {

  /** Adds the keys a product does not hold yet; answers how many were new. */
  int add(long productId, List<String> keys, Instant now);

  /** The oldest free key of the product, given to the subscription; empty when none is left. */
  Optional<String> take(long productId, long subscriptionId, Instant now);

  /** The key a subscription was given. */
  Optional<String> keyOf(long subscriptionId);

  /** How many keys of each product are free and given, for the products that have any. */
  Map<Long, LicenceStock> stock(Collection<Long> productIds);
}
