package io.brandcloud.access;

/** What reseller staff may do; each staff role is a set of these. */
public enum StaffPermission {
  CUSTOMERS_VIEW,
  WALLETS_MANAGE,
  USERS_UNLOCK,
  IMPERSONATE,
  AUDIT_VIEW,
  OUTBOX_VIEW,
  SETTINGS_MANAGE,
  CATALOG_MANAGE,
  STAFF_MANAGE
}
