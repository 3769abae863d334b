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
    Number perMinute =
        (Number)
            em.createNativeQuery("SELECT api_requests_per_minute FROM tenant_settings WHERE id = 1")
                .getSingleResult();
    return new Settings(perMinute.intValue());
  }

  public Settings change(Integer apiRequestsPerMinute, String actor) {
    if (apiRequestsPerMinute == null
        || apiRequestsPerMinute < 1
        || apiRequestsPerMinute > MAX_REQUESTS_PER_MINUTE) {
      throw BrandcloudException.invalid(
          "apiRequestsPerMinute",
          "apiRequestsPerMinute is between 1 and " + MAX_REQUESTS_PER_MINUTE);
    }
    em.createNativeQuery(
            "UPDATE tenant_settings SET api_requests_per_minute = ?1, updated_at = now()"
                + " WHERE id = 1")
        .setParameter(1, apiRequestsPerMinute)
        .executeUpdate();
    audit.record(actor, "settings.changed", "api", "apiRequestsPerMinute=" + apiRequestsPerMinute);
    return current();
  }
}
