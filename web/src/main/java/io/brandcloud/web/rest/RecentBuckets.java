package io.brandcloud.web.rest;

import io.github.bucket4j.Bucket;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The buckets of this node's recent callers, the least recently used dropped past a bound. */
final class RecentBuckets {

  private static final int MAX_BUCKETS = 100_000;

  private final Map<String, Bucket> buckets =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > MAX_BUCKETS;
            }
          });

  Bucket get(String key, Function<String, Bucket> made) {
    return buckets.computeIfAbsent(key, made);
  }
}
