package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.Tenant;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A tenant as operators see it in the console and over REST. */
public record TenantView(
    long id,
    String slug,
    String name,
    String status,
    String currency,
    String timeZone,
    String productName,
    String primaryColor,
    String logoUrl,
    boolean darkTheme,
    List<String> domains,
    Instant createdAt,
    String placement)
    implements Serializable {

  static TenantView of(Tenant tenant) {
    return new TenantView(
        tenant.id(),
        tenant.slug(),
        tenant.name(),
        tenant.status().name(),
        tenant.currency().getCurrencyCode(),
        tenant.timeZone().getId(),
        tenant.brand().productName(),
        tenant.brand().primaryColor(),
        tenant.brand().logoUrl(),
        tenant.brand().dark(),
        tenant.domainNames(),
        tenant.createdAt(),
        tenant.placement());
  }
}
