package io.brandcloud.billing.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.platform.application.TenantRegistry;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.logging.Logger;

/**
 * Once the schemas are up to date, gives back in every tenant what was billed for backups that were
 * never switched on ({@link BackupRemedy}); a tenant where it ran before is passed over at once,
 * and one where it fails is tried again at the next start.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupRemedyAtStartup {

  private static final Logger LOG = Logger.getLogger(BackupRemedyAtStartup.class);

  @EJB TenantRegistry registry;
  @EJB BackupRemedy remedy;

  @PostConstruct
  void giveBack() {
    registry.all().stream()
        .map(tenant -> tenant.toContext(TenantContext.newRequestId()))
        .filter(tenant -> !Placements.isMoving(tenant.tenantId()))
        .forEach(this::giveBack);
  }

  private void giveBack(TenantContext tenant) {
    try {
      CurrentTenant.runAs(
          tenant,
          () ->
              CurrentCaller.runAs(
                  Caller.system(BackupRemedy.ACTOR),
                  () ->
                      remedy
                          .runOnce()
                          .ifPresent(
                              done -> LOG.infof("Backup remedy in %s: %s", tenant.slug(), done))));
    } catch (RuntimeException e) {
      LOG.errorf(
          e, "The backup remedy failed in %s; it runs again at the next start", tenant.slug());
    }
  }
}
