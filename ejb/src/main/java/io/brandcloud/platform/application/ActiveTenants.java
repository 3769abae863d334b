package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;

/** The tenants that background jobs work for: every tenant that is not suspended. */
@Stateless
public class ActiveTenants {

  @EJB TenantRegistry registry;

  public List<Long> ids() {
    return all().stream().map(t -> t.id()).toList();
  }

  public List<Tenant> all() {
    // a tenant whose schema is moving is left to the next run, which catches up what it missed
    return registry.all().stream()
        .filter(t -> t.status() == TenantStatus.ACTIVE && !Placements.isMoving(t.id()))
        .toList();
  }
}
