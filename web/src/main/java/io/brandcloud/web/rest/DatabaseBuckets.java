package io.brandcloud.web.rest;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Buckets every node shares (the default {@code database} store): Bucket4j keeps each in a row of
 * {@code platform.rate_limit_buckets}, locked ({@code SELECT … FOR UPDATE}) for the moment a
 * request takes its token, in a short transaction of its own on a pooled connection. A row expires
 * a minute after its bucket would be full again.
 */
final class DatabaseBuckets implements RateLimitBuckets {

  private static final int REMOVED_PER_ROUND = 1000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

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
    return buckets.builder().build(key, () -> RateLimitBuckets.configuration(perMinute));
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
