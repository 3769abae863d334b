package io.brandcloud.web.rest;

import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Token buckets (Bucket4j) per tenant and caller: an API key, a logged-in user, or the address of
 * an anonymous client. Each tenant sets its requests per minute. The buckets are shared by every
 * node through the database ({@code BRANDCLOUD_RATE_LIMIT_STORE=database}, the default), or kept in
 * this node's memory ({@code memory}: a single node saves a database round trip per request).
 */
@ApplicationScoped
public class RateLimits {

  static final String STORE = "BRANDCLOUD_RATE_LIMIT_STORE";
  private static final Duration LIMIT_KEPT = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(RateLimits.class);

  @EJB TenantSettings settings;

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource database;

  private RateLimitBuckets buckets;

  /** A tenant's limit as read, and when: another node may change it. */
  private record Limit(int perMinute, long readAt) {}

  private final Map<Long, Limit> limits = new ConcurrentHashMap<>();

  /** The outcome of one request against its caller's bucket. */
  public record Verdict(int limit, ConsumptionProbe probe) {

    public long retryAfterSeconds() {
      return seconds(probe.getNanosToWaitForRefill());
    }

    public long resetSeconds() {
      return seconds(probe.getNanosToWaitForReset());
    }

    private static long seconds(long nanos) {
      return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
  }

  @PostConstruct
  void chooseStore() {
    String store = System.getenv().getOrDefault(STORE, "database").toLowerCase(Locale.ROOT);
    buckets =
        switch (store) {
          case "memory" -> new MemoryBuckets();
          case "database" -> new DatabaseBuckets(database);
          default ->
              throw new IllegalStateException(STORE + " is database or memory, not " + store);
        };
    LOG.infof("API rate limits are counted in the %s", store);
  }

  public Verdict take(TenantContext tenant, String caller) {
    int perMinute = perMinute(tenant);
    return new Verdict(
        perMinute,
        buckets
            .bucket(tenant.tenantId() + "|" + perMinute + "|" + caller, perMinute)
            .tryConsumeAndReturnRemaining(1));
  }

  /** Called after a tenant changed its limit, so the next request reads the new one. */
  public void forget(TenantContext tenant) {
    limits.remove(tenant.tenantId());
  }

  /** Forgets the buckets that have been full again for a minute. */
  public int removeExpired() {
    return buckets.removeExpired();
  }

  /** Read again every 30 s, since the node that saved a new limit forgets it only on its own. */
  private int perMinute(TenantContext tenant) {
    long now = System.nanoTime();
    return limits
        .compute(
            tenant.tenantId(),
            (id, known) ->
                known != null && now - known.readAt() < LIMIT_KEPT.toNanos()
                    ? known
                    : new Limit(
                        CurrentTenant.supplyAs(
                            tenant, () -> settings.current().apiRequestsPerMinute()),
                        now))
        .perMinute();
  }
}
