package io.brandcloud.identity.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The check every service that acts in an organisation makes of its caller: a member whose role
 * there allows it (another organisation is "not found"); staff may look where their role lets them
 * see customers, and change nothing this way; a customer's API key needs the scope that covers the
 * permission; jobs and operators pass.
 */
@ApplicationScoped
public class MemberAccess {

  @EJB Memberships memberships;

  public void require(long organisationId, Permission permission) {
    Caller caller = CurrentCaller.require();
    if (caller.isPrivileged()) {
      return;
    }
    if (caller.isStaff()) {
      if (!permission.onlyReads()) {
        throw new BrandcloudException(ErrorCode.FORBIDDEN);
      }
      caller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
      return;
    }
    caller.requireScopeFor(permission);
    memberships.require(caller.userId(), organisationId, permission);
  }
}
