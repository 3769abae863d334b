package io.brandcloud.shared;

/**
 * The persistence unit of the platform schema, which always reaches the main PostgreSQL server,
 * whichever placement holds the current tenant's schema. Tenant work must not use it in its
 * transaction (a transaction never spans two servers): what a tenant's work writes next to its
 * data, each server keeps in its own platform schema, through the tenant's own unit.
 */
public final class PlatformUnit {

  public static final String NAME = "platform";

  private PlatformUnit() {}
}
