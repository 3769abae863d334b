package io.brandcloud.tenancy;

import java.util.Optional;

/**
 * Finds a tenant's context by its id, for work that carries only the id (an outbox row, a queued
 * action, a flag): the areas doing such work need this one question of the platform, not its
 * services.
 */
public interface TenantLookup {

  /** The tenant's context with the given request id; empty for an unknown tenant. */
  Optional<TenantContext> byId(long tenantId, String requestId);

  /**
   * The tenant whose schema is named {@code schema} (as a database notice names it); empty for any
   * other name.
   */
  Optional<TenantContext> bySchema(String schema, String requestId);
}
