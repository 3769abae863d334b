package io.brandcloud.retention.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.retention.domain.RetentionPolicy;
import io.brandcloud.retention.domain.RetentionStore;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The tenant admins' say on how long what is purged nightly is kept. */
@Stateless
public class RetentionPolicies {

  @Inject RetentionStore store;
  @Inject AuditLog audit;

  /** What a change asks for; every null field stays as it is. */
  public record RetentionChange(
      Integer attachmentDays,
      Integer mailDays,
      Integer loginDays,
      Integer auditDays,
      Integer closedAccountDays,
      Integer billingYears) {}

  public RetentionPolicy current() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return store.policy();
  }

  public RetentionPolicy change(RetentionChange change, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    RetentionPolicy now = store.policy();
    RetentionPolicy next =
        new RetentionPolicy(
            days(
                "attachmentDays",
                change.attachmentDays(),
                now.attachmentDays(),
                RetentionPolicy.MIN_ATTACHMENT_DAYS),
            days("mailDays", change.mailDays(), now.mailDays(), RetentionPolicy.MIN_MAIL_DAYS),
            days("loginDays", change.loginDays(), now.loginDays(), RetentionPolicy.MIN_LOGIN_DAYS),
            days("auditDays", change.auditDays(), now.auditDays(), RetentionPolicy.MIN_AUDIT_DAYS),
            days(
                "closedAccountDays",
                change.closedAccountDays(),
                now.closedAccountDays(),
                RetentionPolicy.MIN_CLOSED_ACCOUNT_DAYS),
            years(change.billingYears(), now.billingYears()));
    store.save(next);
    audit.record(actor, "retention.changed", "tenant", next.toString());
    return next;
  }

  private static int years(Integer wanted, int current) {
    int value = wanted == null ? current : wanted;
    if (value < RetentionPolicy.MIN_BILLING_YEARS || value > RetentionPolicy.MAX_BILLING_YEARS) {
      throw BrandcloudException.invalid(
          "billingYears",
          "billingYears is between "
              + RetentionPolicy.MIN_BILLING_YEARS
              + " and "
              + RetentionPolicy.MAX_BILLING_YEARS);
    }
    return value;
  }

  private static int days(String field, Integer wanted, int current, int min) {
    int value = wanted == null ? current : wanted;
    if (value < min || value > RetentionPolicy.MAX_DAYS) {
      throw BrandcloudException.invalid(
          field, field + " is between " + min + " and " + RetentionPolicy.MAX_DAYS);
    }
    return value;
  }
}
