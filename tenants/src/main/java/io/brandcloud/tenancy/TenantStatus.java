package io.brandcloud.tenancy;

/** Whether a tenant's portal and API answer. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
