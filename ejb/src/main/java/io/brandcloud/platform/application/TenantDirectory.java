package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Turns a slug or a host name into the tenant it names. Every request asks, so answers are cached
 * briefly; edits made on this node are seen at once, edits from other nodes within {@link #TTL}.
 */
@ApplicationScoped
public class TenantDirectory implements TenantLookup {

  static final Duration TTL = Duration.ofSeconds(30);
  private static final String SCHEMA_PREFIX = "t_";
  private static final int MAX_ENTRIES = 10_000;

  @Inject TenantRegistry registry;

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public Optional<TenantContext> bySlug(String slug, String requestId) {
    if (!TenantSchema.isValidSlug(slug)) {
      return Optional.empty();
    }
    return lookup("slug:" + slug, () -> registry.findBySlug(slug))
        .map(c -> c.withRequestId(requestId));
  }

  public Optional<TenantContext> byDomain(String host, String requestId) {
    String domain = host.toLowerCase(Locale.ROOT);
    return lookup("domain:" + domain, () -> registry.findByDomain(domain))
        .map(c -> c.withRequestId(requestId));
  }

  @Override
  public Optional<TenantContext> byId(long id, String requestId) {
    return lookup("id:" + id, () -> registry.find(id)).map(c -> c.withRequestId(requestId));
  }

  @Override
  public Optional<TenantContext> bySchema(String schema, String requestId) {
    if (schema == null || !schema.startsWith(SCHEMA_PREFIX)) {
      return Optional.empty();
    }
    // a slug has hyphens where its schema has underscores, and never an underscore of its own
    return bySlug(schema.substring(SCHEMA_PREFIX.length()).replace('_', '-'), requestId)
        .filter(tenant -> tenant.schema().name().equals(schema));
  }

  /**
   * Caches the contexts of tenants the caller has just loaded, so that a job's partitions, one per
   * tenant, do not each ask the database again.
   */
  public void remember(List<Tenant> tenants) {
    if (cache.size() + tenants.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    long now = System.nanoTime();
    for (Tenant tenant : tenants) {
      cache.put("id:" + tenant.id(), new Cached(Optional.of(tenant.toContext("-")), now));
    }
  }

  /** Drops every cached answer; called after an edit on this node. */
  public void forget() {
    cache.clear();
  }

  private Optional<TenantContext> lookup(String key, Supplier<Optional<Tenant>> source) {
    long now = System.nanoTime();
    Cached cached = cache.get(key);
    if (cached == null || now - cached.loadedAt > TTL.toNanos()) {
      cached = new Cached(source.get().map(t -> t.toContext("-")), now);
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear(); // bounds what requests for made-up hosts and slugs can make us hold
      }
      cache.put(key, cached);
    }
    return cached.context;
  }

  private record Cached(Optional<TenantContext> context, long loadedAt) {}
}
