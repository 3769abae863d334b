package io.brandcloud.web.edge;

import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.TenantContext;
import java.util.Optional;

/**
 * What the edge decided about one request: the tenant (if any), the path inside it, the prefix that
 * addresses it from outside ({@code /t/acme} or empty on a custom domain) and the area.
 */
public record Edge(Optional<TenantContext> tenant, String innerPath, String basePath, Area area) {

  public static final String ATTRIBUTE = Edge.class.getName();

  /** How the platform's own pages look. */
  public static final Brand PLATFORM_BRAND = new Brand("Brandcloud", "#343a40", null);

  /** The tenant's brand, or the platform's. */
  public Brand brand() {
    return tenant.map(TenantContext::brand).orElse(PLATFORM_BRAND);
  }

  /** The realm whose logins apply: the platform, or one tenant. */
  public String realm() {
    return tenant.map(t -> "tenant:" + t.tenantId()).orElse("platform");
  }

  public boolean isPlatform() {
    return tenant.isEmpty();
  }
}
