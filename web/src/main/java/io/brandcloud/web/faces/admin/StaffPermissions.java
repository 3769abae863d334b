package io.brandcloud.web.faces.admin;

import io.brandcloud.access.Role;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.security.Caller;

/** The check admin page actions make: staff roles differ (billing moves money, support helps). */
final class StaffPermissions {

  private StaffPermissions() {}

  /** Whether the caller's role allows it; if not, the page says so. */
  static boolean allowed(Caller caller, StaffPermission permission) {
    boolean may =
        caller.login().map(l -> Role.fromGroups(l.groups()).may(permission)).orElse(false);
    if (!may) {
      FacesActions.error("Your staff role does not allow this");
    }
    return may;
  }
}
