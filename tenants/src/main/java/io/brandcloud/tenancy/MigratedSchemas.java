package io.brandcloud.tenancy;

/**
 * Whether this deployment's start-up brought every schema up to date, for the start-up health
 * check. The start-up migrates the platform schema and every tenant's before anything is served,
 * and a failed migration fails the deployment; so once set, it stays true for the deployment.
 */
public final class MigratedSchemas {

  private static volatile boolean atStartUp;
  private static volatile int tenantSchemas;

  private MigratedSchemas() {}

  /** Called once the start-up has migrated them all. */
  public static void migratedAtStartUp(int tenants) {
    tenantSchemas = tenants;
    atStartUp = true;
  }

  public static boolean atStartUp() {
    return atStartUp;
  }

  public static int tenantSchemas() {
    return tenantSchemas;
  }
}
