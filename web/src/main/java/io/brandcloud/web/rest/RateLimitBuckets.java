package io.brandcloud.web.rest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** Where the API's token buckets live: in the database for every node, or in this node's memory. */
interface RateLimitBuckets {

  /** The bucket of one key, made with {@code perMinute} tokens a minute when new. */
  Bucket bucket(String key, int perMinute);

  /** Forgets buckets that have been full again for a while; answers how many. */
  int removeExpired();

  static Bandwidth perMinute(int tokens) {
    return Bandwidth.builder().capacity(tokens).refillGreedy(tokens, Duration.ofMinutes(1)).build();
  }

  static BucketConfiguration configuration(int perMinute) {
    return BucketConfiguration.builder().addLimit(perMinute(perMinute)).build();
  }
}
