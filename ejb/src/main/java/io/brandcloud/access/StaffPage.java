package io.brandcloud.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pages of the staff portal and the permission each opens to: one rule, asked by the edge
 * before a page is served and by the menu before it offers a link. A page not named here is for
 * tenant admins only ({@link StaffPermission#STAFF_MANAGE}).
 */
public enum StaffPage {
  DASHBOARD("dashboard", StaffPermission.CUSTOMERS_VIEW),
  TICKETS("tickets", StaffPermission.TICKETS_MANAGE),
  TICKET("ticket", StaffPermission.TICKETS_MANAGE),
  SUPPORT_SETUP("support", StaffPermission.TICKETS_MANAGE),
  CONTENT("content", StaffPermission.CONTENT_MANAGE),
  ARTICLE("article", StaffPermission.CONTENT_MANAGE),
  LEGAL("legal", StaffPermission.CONTENT_MANAGE),
  STATUS("status", StaffPermission.CONTENT_MANAGE),
  INCIDENT("incident", StaffPermission.CONTENT_MANAGE),
  CATALOG("index", StaffPermission.CATALOG_MANAGE),
  PRODUCTS("products", StaffPermission.CATALOG_MANAGE),
  COUPONS("coupons", StaffPermission.CATALOG_MANAGE),
  CONNECTIONS("connections", StaffPermission.CATALOG_MANAGE),
  CUSTOMERS("customers", StaffPermission.CUSTOMERS_VIEW),
  CUSTOMER_BILLING("customer-billing", StaffPermission.CUSTOMERS_VIEW),
  RECONCILIATION("reconciliation", StaffPermission.CUSTOMERS_VIEW),
  PAYMENTS("payments", StaffPermission.CUSTOMERS_VIEW),
  REPORTS("reports", StaffPermission.WALLETS_MANAGE),
  TAXES("billing", StaffPermission.SETTINGS_MANAGE),
  AUDIT("audit", StaffPermission.AUDIT_VIEW),
  FRAUD("fraud", StaffPermission.FRAUD_REVIEW),
  OUTBOX("outbox", StaffPermission.OUTBOX_VIEW),
  STAFF("staff", StaffPermission.STAFF_MANAGE),
  SETTINGS("settings", StaffPermission.SETTINGS_MANAGE),
  BRAND("brand", StaffPermission.SETTINGS_MANAGE),
  MAIL("mail", StaffPermission.SETTINGS_MANAGE),
  TEXTS("texts", StaffPermission.SETTINGS_MANAGE),
  WEBHOOKS("webhooks", StaffPermission.SETTINGS_MANAGE);

  // the page's file name under the staff area, without .xhtml
  private final String pageName;
  private final StaffPermission permission;

  StaffPage(String pageName, StaffPermission permission) {
    this.pageName = pageName;
    this.permission = permission;
  }

  public StaffPermission permission() {
    return permission;
  }

  private static Optional<StaffPage> named(String pageName) {
    return Arrays.stream(values()).filter(p -> p.pageName.equals(pageName)).findFirst();
  }

  /** The permission a staff page opens to, by the page's file name. */
  public static StaffPermission permissionFor(String pageName) {
    return named(pageName).map(StaffPage::permission).orElse(StaffPermission.STAFF_MANAGE);
  }

  /** Whether a staff page opens to a role, by the page's file name. */
  public static boolean opensTo(Role role, String pageName) {
    return role.may(permissionFor(pageName));
  }
}
