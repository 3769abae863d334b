package io.brandcloud.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a tenant user is to the tenant: reseller staff (admin, billing, support) or a customer. The
 * name doubles as the security group of the logged-in caller; every staff member is also in the
 * {@value #STAFF_GROUP} group, which opens the admin area.
 */
public enum Role {
  TENANT_ADMIN("tenant-admin", EnumSet.allOf(StaffPermission.class)),
  BILLING(
      "billing",
      EnumSet.of(
          StaffPermission.CUSTOMERS_VIEW,
          StaffPermission.WALLETS_MANAGE,
          StaffPermission.AUDIT_VIEW,
          StaffPermission.FRAUD_REVIEW)),
  SUPPORT(
      "support",
      EnumSet.of(
          StaffPermission.CUSTOMERS_VIEW,
          StaffPermission.USERS_UNLOCK,
          StaffPermission.IMPERSONATE,
          StaffPermission.OUTBOX_VIEW,
          StaffPermission.SERVERS_MANAGE,
          StaffPermission.TICKETS_MANAGE,
          StaffPermission.CONTENT_MANAGE)),
  CUSTOMER("customer", EnumSet.noneOf(StaffPermission.class));

  public static final String STAFF_GROUP = "staff";

  private final String group;
  private final Set<StaffPermission> staffPermissions;

  Role(String group, Set<StaffPermission> staffPermissions) {
    this.group = group;
    this.staffPermissions = staffPermissions;
  }

  public String group() {
    return group;
  }

  public boolean isStaff() {
    return this != CUSTOMER;
  }

  /** The security groups of a caller with this role. */
  public Set<String> groups() {
    return isStaff() ? Set.of(STAFF_GROUP, group) : Set.of(group);
  }

  public boolean may(StaffPermission permission) {
    return staffPermissions.contains(permission);
  }

  /** The role behind a caller's groups; customers when no staff group is present. */
  public static Role fromGroups(Set<String> groups) {
    return Arrays.stream(values())
        .filter(r -> r.isStaff() && groups.contains(r.group))
        .findFirst()
        .orElse(CUSTOMER);
  }
}
