package io.brandcloud.identity.domain;

/**
 * What a tenant user is to the tenant; the name doubles as the security group of the logged-in
 * caller.
 */
public enum Role {
  TENANT_ADMIN("tenant-admin"),
  CUSTOMER("customer");

  private final String group;

  Role(String group) {
    this.group = group;
  }

  public String group() {
    return group;
  }
}
