package io.brandcloud.web.rest;

import io.github.bucket4j.Bucket;

/**
 * Buckets in this node's memory (the {@code memory} store): no database round trip, but with
 * several nodes behind a balancer each allows the limit on its own.
 */
final class MemoryBuckets implements RateLimitBuckets {

  private final RecentBuckets buckets = new RecentBuckets();

  @Override
  public Bucket bucket(String key, int perMinute) {
    return buckets.get(
        key, k -> Bucket.builder().addLimit(RateLimitBuckets.perMinute(perMinute)).build());
  }

  @Override
  public int removeExpired() {
    return 0;
  }
}
