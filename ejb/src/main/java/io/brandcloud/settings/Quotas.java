package io.brandcloud.settings;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The limits on what organisations order, as staff keep them: the tenant's defaults (admins with
 * the settings permission) and an organisation's own limits (staff who manage wallets), which
 * replace the defaults until staff go back to them.
 */
@Stateless
public class Quotas {

  static final int MOST_SERVERS = 100_000;

  @Inject OrganisationQuotas quotas;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @PersistenceContext EntityManager em;

  public QuotaLimits defaults() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return quotas.defaults();
  }

  /** The defaults from now on; null is no limit. */
  public QuotaLimits changeDefaults(Integer maxServers, BigDecimal maxMonthlySpend) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    quotas.changeDefaults(servers(maxServers), spend(maxMonthlySpend), clock.now());
    audit.record(
        null,
        "quotas.defaults_changed",
        "tenant",
        "servers " + maxServers + ", monthly spend " + maxMonthlySpend);
    return quotas.defaults();
  }

  /** The limits that hold for one of the tenant's organisations. */
  public QuotaLimits of(long organisationId) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return quotas.of(requireOrganisation(organisationId));
  }

  /**
   * Sets the organisation's own limits (null: no limit; {@code productIds} null: every product),
   * or, with {@code useDefaults}, lets it follow the tenant's defaults again.
   */
  public QuotaLimits change(
      long organisationId,
      boolean useDefaults,
      Integer maxServers,
      BigDecimal maxMonthlySpend,
      List<Long> productIds) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    requireOrganisation(organisationId);
    QuotaLimits limits =
        useDefaults
            ? new QuotaLimits(null, null, false, Set.of(), false)
            : new QuotaLimits(
                servers(maxServers),
                spend(maxMonthlySpend),
                productIds != null,
                products(productIds),
                true);
    quotas.change(organisationId, limits, clock.now());
    audit.record(
        null,
        "quotas.changed",
        "organisation " + organisationId,
        useDefaults ? "the tenant's defaults" : limits.toString());
    return quotas.of(organisationId);
  }

  private static Integer servers(Integer maxServers) {
    if (maxServers != null && (maxServers < 0 || maxServers > MOST_SERVERS)) {
      throw BrandcloudException.invalid(
          "maxServers", "maxServers is 0 to " + MOST_SERVERS + ", or none for no limit");
    }
    return maxServers;
  }

  private static BigDecimal spend(BigDecimal maxMonthlySpend) {
    return maxMonthlySpend == null
        ? null
        : Validation.requireAmountOrZero(
            "maxMonthlySpend", maxMonthlySpend, CurrentTenant.require().currency());
  }

  private Set<Long> products(List<Long> productIds) {
    Set<Long> checked = new LinkedHashSet<>();
    for (Long id : productIds == null ? List.<Long>of() : productIds) {
      if (id == null
          || em.createNativeQuery("SELECT 1 FROM products WHERE id = ?1")
              .setParameter(1, id)
              .getResultList()
              .isEmpty()) {
        throw BrandcloudException.invalid("productIds", "There is no product " + id);
      }
      checked.add(id);
    }
    return Set.copyOf(checked);
  }

  private long requireOrganisation(long organisationId) {
    List<?> found =
        em.createNativeQuery("SELECT id FROM organisations WHERE id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    if (found.isEmpty()) {
      throw BrandcloudException.notFound("Organisation " + organisationId);
    }
    return SqlValues.toLong(found.get(0));
  }
}
