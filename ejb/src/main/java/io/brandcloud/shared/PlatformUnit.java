package io.brandcloud.shared;

/**
 * The persistence unit of the platform schema. It always reaches the main PostgreSQL server,
 * whichever placement holds the current tenant's schema, so the platform tables a tenant's work
 * also writes (the queues' due flags, say) are written in the same transaction wherever the tenant
 * lives: one transaction over two servers when the tenant lives elsewhere.
 */
public final class PlatformUnit {

  public static final String NAME = "platform";

  private PlatformUnit() {}
}
