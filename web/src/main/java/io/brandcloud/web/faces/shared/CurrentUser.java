package io.brandcloud.web.faces.shared;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPage;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user as pages show them. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject CurrentLogin currentLogin;

  @EJB Memberships memberships;

  private Membership organisation;

  public boolean isLoggedIn() {
    return currentLogin.login().isPresent();
  }

  /**
   * Whether a user of the tenant whose pages these are is logged in: they have a notification
   * centre, which the platform's operators, outside every tenant, do not.
   */
  public boolean isTenantUser() {
    return isLoggedIn() && CurrentTenant.get().isPresent();
  }

  public String getName() {
    return currentLogin.login().map(SessionLogin::displayName).orElse("");
  }

  /** Whether the staff member's role allows this, e.g. "WALLETS_MANAGE". */
  public boolean staffMay(String permission) {
    StaffPermission wanted = StaffPermission.valueOf(permission);
    return CurrentCaller.get().map(c -> c.mayStaff(wanted)).orElse(false);
  }

  /**
   * Whether the staff member may open a staff page, e.g. "customers": the rule the edge applies.
   */
  public boolean mayOpen(String staffPage) {
    StaffPermission wanted = StaffPage.permissionFor(staffPage);
    return CurrentCaller.get().map(c -> c.mayStaff(wanted)).orElse(false);
  }

  public boolean isCustomer() {
    return currentLogin.login().map(l -> l.groups().contains("customer")).orElse(false);
  }

  /** The staff member acting as this customer, or empty. */
  public String getImpersonator() {
    return currentLogin.login().map(SessionLogin::impersonator).orElse(null);
  }

  public boolean isImpersonating() {
    return getImpersonator() != null;
  }

  /** The organisation the customer works in now, or null for staff and customers without one. */
  public Membership getOrganisation() {
    if (organisation == null && isCustomer()) {
      organisation = memberships.active(id()).orElse(null);
    }
    return organisation;
  }

  /** Whether the customer's role in the active organisation allows this (e.g. "servers:create"). */
  public boolean may(String permission) {
    Membership active = getOrganisation();
    return active != null && active.may(Permission.parse(permission));
  }

  public long organisationId() {
    Membership active = getOrganisation();
    if (active == null) {
      throw new BrandcloudException(ErrorCode.NO_ORGANISATION);
    }
    return active.organisationId();
  }

  public long id() {
    return currentLogin.login().map(SessionLogin::userId).orElseThrow();
  }
}
