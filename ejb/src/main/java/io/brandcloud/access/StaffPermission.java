package io.brandcloud.access;

/** What reseller staff may do; each staff role is a set of these. */
public enum StaffPermission {
  CUSTOMERS_VIEW,
  WALLETS_MANAGE,
  USERS_UNLOCK,
  /**
   * Correct a customer's name and start a change of their login address: with a mistyped or
   * staff-owned address it would hand the account over, so it is the tenant admins' alone.
   */
  USERS_EDIT,
  IMPERSONATE,
  AUDIT_VIEW,
  OUTBOX_VIEW,
  SETTINGS_MANAGE,
  CATALOG_MANAGE,
  /** Act on any server of the tenant: power, rebuild, delete, suspend and unsuspend by hand. */
  SERVERS_MANAGE,
  /** Work the support desk: see every ticket, reply, note, assign, keep departments. */
  TICKETS_MANAGE,
  /** Write and publish the knowledge base, FAQ, blog and announcements, and the status page. */
  CONTENT_MANAGE,
  /** Work the fraud review queue: approve or deny held sign-ups and orders, keep the block list. */
  FRAUD_REVIEW,
  STAFF_MANAGE
}
