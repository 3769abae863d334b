package io.brandcloud.platform.domain;

import io.brandcloud.tenancy.TenantSchema;

/**
 * Creates, upgrades and drops the platform schema, a placement's shared tables and tenants'
 * schemas, each with every changeset it lacks.
 */
public interface SchemaMigrations {

  /** Brings the platform schema up to date. */
  void upgradePlatform();

  /**
   * Brings a placement's own platform tables up to date (the main server's come with the platform
   * schema); once per placement and node run.
   */
  void upgradePlacement(String placement);

  /**
   * Creates the schema on {@code placement} if it is missing there and applies every changeset it
   * does not have yet.
   */
  void upgrade(TenantSchema schema, String placement);

  /**
   * Makes schemas ahead on the placement in the background, so the next tenants created there need
   * not wait for theirs ({@code BRANDCLOUD_SPARE_SCHEMAS}, default 2; 0 makes none).
   */
  void keepSpares(String placement);

  /** Drops the tenant's schema from the placement, with everything in it. */
  void drop(TenantSchema schema, String placement);
}
