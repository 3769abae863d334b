package io.brandcloud.web.rest;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Buckets every node shares (the default {@code database} store): Bucket4j keeps each in a row of
 * {@code platform.rate_limit_buckets}, locked ({@code SELECT … FOR UPDATE}) while a node writes
 * what it took, in a short transaction of its own on a pooled connection. A row expires a minute
 * after its bucket would be full again.
 *
 * <p>A node takes up to 1 % of a bucket's minute locally before it writes (Bucket4j's delaying
 * optimisation, and at least every second): a busy caller then costs the database a round trip per
 * hundredth of its limit instead of one per request, and the cluster lets through at most 1 % more
 * per node than the limit. A limit under 200 a minute is written at every request.
 */
final class DatabaseBuckets implements RateLimitBuckets {

  private static final int REMOVED_PER_ROUND = 1000;

  private static final Duration LONGEST_UNWRITTEN = Duration.ofSeconds(1);

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private final RecentBuckets recent = new RecentBuckets();

  DatabaseBuckets(DataSource database) {
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("platform.rate_limit_buckets")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofMinutes(1)))
            .build();
  }

  @Override
  public Bucket bucket(String key, int perMinute) {
    long unwritten = perMinute / 100;
    return recent.get(
        key,
        k ->
            unwritten < 2
                ? buckets.builder().build(k, () -> RateLimitBuckets.configuration(perMinute))
                : buckets
                    .builder()
                    .withOptimization(
                        Optimizations.delaying(new DelayParameters(unwritten, LONGEST_UNWRITTEN)))
                    .build(k, () -> RateLimitBuckets.configuration(perMinute)));
  }

  @Override
  public int removeExpired() {
    int removed = 0;
    int round;
    do {
      round = buckets.removeExpired(REMOVED_PER_ROUND);
      removed += round;
    } while (round == REMOVED_PER_ROUND);
    return removed;
  }
}
