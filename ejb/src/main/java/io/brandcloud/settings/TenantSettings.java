package io.brandcloud.settings;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and changes the current tenant's settings (one row in its schema). */
@Stateless
public class TenantSettings {

  public static final int MAX_REQUESTS_PER_MINUTE = 100_000;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public Settings current() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT api_requests_per_minute, staff_two_factor_required, low_balance_hours"
                        + " FROM tenant_settings WHERE id = 1")
                .getSingleResult();
    return new Settings(
        ((Number) row[0]).intValue(), (Boolean) row[1], ((Number) row[2]).intValue());
  }

  /** Changes the settings given (null leaves one as it is). */
  public Settings change(
      Integer apiRequestsPerMinute,
      Boolean staffTwoFactorRequired,
      Integer lowBalanceHours,
      String actor) {
    Settings now = current();
    int perMinute =
        apiRequestsPerMinute == null ? now.apiRequestsPerMinute() : apiRequestsPerMinute;
    boolean twoFactor =
        staffTwoFactorRequired == null ? now.staffTwoFactorRequired() : staffTwoFactorRequired;
    int hours = lowBalanceHours == null ? now.lowBalanceHours() : lowBalanceHours;
    if (hours < 1 || hours > 8760) {
      throw BrandcloudException.invalid("lowBalanceHours", "lowBalanceHours is between 1 and 8760");
    }
    if (perMinute < 1 || perMinute > MAX_REQUESTS_PER_MINUTE) {
      throw BrandcloudException.invalid(
          "apiRequestsPerMinute",
          "apiRequestsPerMinute is between 1 and " + MAX_REQUESTS_PER_MINUTE);
    }
    em.createNativeQuery(
            "UPDATE tenant_settings SET api_requests_per_minute = ?1,"
                + " staff_two_factor_required = ?2, low_balance_hours = ?3, updated_at = now()"
                + " WHERE id = 1")
        .setParameter(1, perMinute)
        .setParameter(2, twoFactor)
        .setParameter(3, hours)
        .executeUpdate();
    audit.record(
        actor,
        "settings.changed",
        "tenant",
        "apiRequestsPerMinute="
            + perMinute
            + " staffTwoFactorRequired="
            + twoFactor
            + " lowBalanceHours="
            + hours);
    return current();
  }
}
