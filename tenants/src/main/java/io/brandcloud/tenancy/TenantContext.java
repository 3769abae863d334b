package io.brandcloud.tenancy;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * The tenant a unit of work runs for, resolved once at the edge (request, timer, batch partition)
 * and never changed afterwards. The request id ties log lines and asynchronous work back to what
 * started them.
 *
 * @param ownDomain the tenant's own domain that links in its mail lead to (the first by name an
 *     operator approved), null while it has none
 */
public record TenantContext(
    long tenantId,
    String slug,
    TenantSchema schema,
    String name,
    TenantStatus status,
    Currency currency,
    ZoneId timeZone,
    Brand brand,
    String ownDomain,
    String requestId) {

  public TenantContext {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(requestId, "requestId");
  }

  /** The same tenant for a new unit of work (an asynchronous step, a batch partition). */
  public TenantContext withRequestId(String newRequestId) {
    return new TenantContext(
        tenantId, slug, schema, name, status, currency, timeZone, brand, ownDomain, newRequestId);
  }

  public static String newRequestId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public boolean isSuspended() {
    return status == TenantStatus.SUSPENDED;
  }
}
