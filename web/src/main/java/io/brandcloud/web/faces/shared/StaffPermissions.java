package io.brandcloud.web.faces.shared;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The check admin page actions make before calling a service, by the rule the services apply
 * ({@link io.brandcloud.access.Caller#requireStaff}), so the page can say why instead of failing.
 */
public final class StaffPermissions {

  private StaffPermissions() {}

  /** Whether the caller's role allows it; if not, the page says so. */
  public static boolean allowed(StaffPermission permission) {
    boolean may = CurrentCaller.get().map(caller -> caller.mayStaff(permission)).orElse(false);
    if (!may) {
      Texts texts = CDI.current().select(Texts.class).get();
      FacesActions.error(texts.get("admin.staff.notAllowed"));
    }
    return may;
  }
}
