package io.brandcloud.tenancy.health;

import io.brandcloud.tenancy.MigratedSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The node has started when the platform schema and every tenant's schema are up to date (the
 * start-up migrates them all before anything is served; a tenant made later is migrated as it is
 * made). A failed migration fails the deployment, so a started node has none behind.
 */
@Startup
@Readiness
@ApplicationScoped
public class SchemasHealth implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("schemas")
        .status(MigratedSchemas.atStartUp())
        .withData("tenantSchemasAtStartUp", MigratedSchemas.tenantSchemas())
        .build();
  }
}
