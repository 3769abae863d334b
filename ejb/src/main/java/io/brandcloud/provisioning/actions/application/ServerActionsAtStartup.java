package io.brandcloud.provisioning.actions.application;

import io.brandcloud.platform.application.TenantRegistry;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Once the schemas are up to date, flags every tenant with unfinished server actions, so work that
 * a stop interrupted goes on even if its flag was lost.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServerActionsAtStartup {

  @EJB TenantRegistry registry;
  @EJB ServerActions actions;

  @PostConstruct
  void wakeUnfinished() {
    registry.all().stream()
        .map(tenant -> tenant.toContext(TenantContext.newRequestId()))
        .forEach(context -> CurrentTenant.runAs(context, actions::flagUnfinished));
  }
}
