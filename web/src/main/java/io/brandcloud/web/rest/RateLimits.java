package io.brandcloud.web.rest;

import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j) per tenant and caller: an API key, a logged-in user, or the address of
 * an anonymous client. Each tenant sets its requests per minute. Buckets live in this server's
 * memory: with several servers behind a balancer, each allows the limit on its own.
 */
@ApplicationScoped
public class RateLimits {

  private static final int MAX_BUCKETS = 100_000;

  @EJB TenantSettings settings;

  private final Map<Long, Integer> perMinuteByTenant = new ConcurrentHashMap<>();
  private final Map<String, Bucket> buckets =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > MAX_BUCKETS;
            }
          });

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

  public Verdict take(TenantContext tenant, String caller) {
    int perMinute = perMinute(tenant);
    Bucket bucket =
        buckets.computeIfAbsent(
            tenant.tenantId() + "|" + perMinute + "|" + caller, k -> newBucket(perMinute));
    return new Verdict(perMinute, bucket.tryConsumeAndReturnRemaining(1));
  }

  /** Called after a tenant changed its limit, so the next request reads the new one. */
  public void forget(TenantContext tenant) {
    perMinuteByTenant.remove(tenant.tenantId());
  }

  private int perMinute(TenantContext tenant) {
    return perMinuteByTenant.computeIfAbsent(
        tenant.tenantId(),
        id -> CurrentTenant.supplyAs(tenant, () -> settings.current().apiRequestsPerMinute()));
  }

  private static Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .build();
  }
}
