package io.brandcloud.access;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The check every service that acts in an organisation makes of its caller: a member whose role
 * there allows it (another organisation is "not found"); staff may look where their role lets them
 * see customers, and change nothing this way; a customer's API key needs the scope that covers the
 * permission; jobs and operators pass. Who is a member with which role, identity answers.
 */
@ApplicationScoped
public class MemberAccess {

  @Inject OrganisationRoles roles;

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
    roles.requireRoleAllowing(caller.userId(), organisationId, permission);
  }
}
