package io.brandcloud.identity.domain;

import io.brandcloud.access.Permission;
import io.brandcloud.shared.BrandcloudException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A member's role in an organisation. The owner may do everything, including handing the
 * organisation on; {@code CUSTOM} takes its permissions from a role the organisation defined.
 */
public enum OrganisationRole {
  OWNER(EnumSet.allOf(Permission.class)),
  ADMIN(EnumSet.allOf(Permission.class)),
  MEMBER(
      EnumSet.of(
          Permission.SERVERS_VIEW,
          Permission.SERVERS_CREATE,
          Permission.SERVERS_MANAGE,
          Permission.BILLING_VIEW,
          Permission.TICKETS_VIEW,
          Permission.TICKETS_CREATE,
          Permission.API_KEYS_MANAGE)),
  VIEWER(EnumSet.of(Permission.SERVERS_VIEW, Permission.BILLING_VIEW, Permission.TICKETS_VIEW)),
  CUSTOM(EnumSet.noneOf(Permission.class));

  private final Set<Permission> permissions;

  OrganisationRole(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  /** The built-in permissions; for {@code CUSTOM} those of the custom role instead. */
  public Set<Permission> permissions() {
    return EnumSet.copyOf(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions);
  }

  public static OrganisationRole parse(String name) {
    try {
      return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid(
          "role", "role is owner, admin, member, viewer or custom (with customRoleId)");
    }
  }
}
