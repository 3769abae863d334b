package io.brandcloud.settings;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/** Reads and changes the current tenant's settings (one row in its schema). */
@Stateless
public class TenantSettings {

  public static final int MAX_REQUESTS_PER_MINUTE = 100_000;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject RecentSettings recent;

  /** What each node remembers for 30 s: read in the caller's transaction, or in none. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Settings current() {
    return recent.of(CurrentTenant.require().tenantId(), this::load);
  }

  /** The settings as an admin edits them: needs the settings permission. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Settings forStaff() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return current();
  }

  private Settings load() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT api_requests_per_minute, staff_two_factor_required, low_balance_hours,"
                        + " grace_hours, retention_days, display_credits, locale, price_notice_days,"
                        + " renewal_invoice_days, invoice_reminder_days, closed_balance"
                        + " FROM tenant_settings"
                        + " WHERE id = 1")
                .getSingleResult();
    return new Settings(
        SqlValues.toInt(row[0]),
        (Boolean) row[1],
        SqlValues.toInt(row[2]),
        SqlValues.toInt(row[3]),
        SqlValues.toInt(row[4]),
        (Boolean) row[5],
        (String) row[6],
        SqlValues.toInt(row[7]),
        SqlValues.toInt(row[8]),
        SqlValues.toInt(row[9]),
        ((String) row[10]).toLowerCase(Locale.ROOT));
  }

  public Settings change(SettingsChange change, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    Settings now = load();
    Settings next =
        new Settings(
            within(
                "apiRequestsPerMinute",
                change.apiRequestsPerMinute(),
                now.apiRequestsPerMinute(),
                1,
                MAX_REQUESTS_PER_MINUTE),
            change.staffTwoFactorRequired() == null
                ? now.staffTwoFactorRequired()
                : change.staffTwoFactorRequired(),
            within("lowBalanceHours", change.lowBalanceHours(), now.lowBalanceHours(), 1, 8760),
            within("graceHours", change.graceHours(), now.graceHours(), 0, 8760),
            within("retentionDays", change.retentionDays(), now.retentionDays(), 1, 365),
            change.displayCredits() == null ? now.displayCredits() : change.displayCredits(),
            change.locale() == null ? now.locale() : Locales.require("locale", change.locale()),
            within("priceNoticeDays", change.priceNoticeDays(), now.priceNoticeDays(), 0, 365),
            within(
                "renewalInvoiceDays", change.renewalInvoiceDays(), now.renewalInvoiceDays(), 0, 60),
            within(
                "invoiceReminderDays",
                change.invoiceReminderDays(),
                now.invoiceReminderDays(),
                0,
                30),
            closedBalance(change.closedBalance(), now.closedBalance()));
    em.createNativeQuery(
            "UPDATE tenant_settings SET api_requests_per_minute = ?1,"
                + " staff_two_factor_required = ?2, low_balance_hours = ?3, grace_hours = ?4,"
                + " retention_days = ?5, display_credits = ?6, locale = ?7, price_notice_days = ?8,"
                + " renewal_invoice_days = ?9, invoice_reminder_days = ?10, closed_balance = ?11,"
                + " updated_at = now()"
                + " WHERE id = 1")
        .setParameter(1, next.apiRequestsPerMinute())
        .setParameter(2, next.staffTwoFactorRequired())
        .setParameter(3, next.lowBalanceHours())
        .setParameter(4, next.graceHours())
        .setParameter(5, next.retentionDays())
        .setParameter(6, next.displayCredits())
        .setParameter(7, next.locale())
        .setParameter(8, next.priceNoticeDays())
        .setParameter(9, next.renewalInvoiceDays())
        .setParameter(10, next.invoiceReminderDays())
        .setParameter(11, next.closedBalance().toUpperCase(Locale.ROOT))
        .executeUpdate();
    recent.forget(CurrentTenant.require().tenantId());
    audit.record(actor, "settings.changed", "tenant", next.toString());
    return load();
  }

  private static String closedBalance(String wanted, String current) {
    if (wanted == null) {
      return current;
    }
    if (!Settings.KEEP.equals(wanted) && !Settings.REFUND.equals(wanted)) {
      throw BrandcloudException.invalid(
          "closedBalance", "closedBalance is " + Settings.KEEP + " or " + Settings.REFUND);
    }
    return wanted;
  }

  private static int within(String field, Integer wanted, int current, int min, int max) {
    int value = wanted == null ? current : wanted;
    if (value < min || value > max) {
      throw BrandcloudException.invalid(field, field + " is between " + min + " and " + max);
    }
    return value;
  }
}
