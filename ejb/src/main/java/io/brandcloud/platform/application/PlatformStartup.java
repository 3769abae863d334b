package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.SchemaMigrations;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.MigratedSchemas;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Runs before anything else serves: brings the platform schema and every tenant schema up to date,
 * and makes sure there is a platform operator.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class);

  @EJB SchemaMigrations schemas;
  @EJB TenantRegistry registry;
  @EJB PlatformOperators operators;

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    schemas.upgradePlatform();
    List<Tenant> tenants = registry.all();
    tenants.forEach(this::upgrade);
    LOG.infof(
        "Platform schema and %d tenant schemas up to date in %d ms",
        tenants.size(), (System.nanoTime() - started) / 1_000_000);
    MigratedSchemas.migratedAtStartUp(tenants.size());
    schemas.keepSpares(Placements.MAIN);
    operators.ensureFirstOperator(
        System.getenv().getOrDefault("BRANDCLOUD_OPERATOR_EMAIL", "operator@brandcloud.local"),
        System.getenv("BRANDCLOUD_OPERATOR_PASSWORD"));
    if (!PublicUrls.configured()) {
      LOG.warnf(
          "%s is not set: links in mail for tenants without their own domain point to %s, which"
              + " only works on this machine",
          PublicUrls.VARIABLE, PublicUrls.base());
    }
  }

  /**
   * A tenant whose placement this node has no datasource for, or cannot reach, stays unreachable
   * here, and says so, rather than keeping every other tenant from being served.
   */
  private void upgrade(Tenant tenant) {
    try {
      schemas.upgrade(TenantSchema.forSlug(tenant.slug()), tenant.placement());
    } catch (RuntimeException e) {
      // a placement that is down (or unknown here) must not keep every other tenant from service
      LOG.errorf("Tenant %s is not served by this node: %s", tenant.slug(), e.getMessage());
    }
  }
}
