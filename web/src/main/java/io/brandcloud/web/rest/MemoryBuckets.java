package io.brandcloud.web.rest;

import io.github.bucket4j.Bucket;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buckets in this node's memory (the {@code memory} store): no database round trip, but with
 * several nodes behind a balancer each allows the limit on its own. The least recently used are
 * dropped past {@value #MAX_BUCKETS}.
 */
final class MemoryBuckets implements RateLimitBuckets {

  private static final int MAX_BUCKETS = 100_000;

  private final Map<String, Bucket> buckets =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > MAX_BUCKETS;
            }
          });

  @Override
  public Bucket bucket(String key, int perMinute) {
    return buckets.computeIfAbsent(
        key, k -> Bucket.builder().addLimit(RateLimitBuckets.perMinute(perMinute)).build());
  }

  @Override
  public int removeExpired() {
    return 0;
  }
}
