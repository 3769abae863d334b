package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.domain.RevenuePeriod;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantRepository;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Failures;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.Placements;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * For operators, what every tenant earned over the same days, each in its own currency and its own
 * days (its time zone): the revenue report's totals, read tenant by tenant, each in a transaction
 * of its own. A tenant whose schema is moving, or whose figures cannot be read, is listed without
 * them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantRevenues {

  private static final Logger LOG = Logger.getLogger(TenantRevenues.class);

  @Inject TenantRepository tenants;
  @EJB RevenueReports reports;

  /** A tenant and its totals over the days, when they could be read. */
  public record TenantRevenue(
      long tenantId,
      String slug,
      String name,
      String status,
      Currency currency,
      Optional<RevenueReport.Period> total) {}

  /**
   * Every tenant, by currency and the largest revenue first within one, unread ones last; a tenant
   * being moved, or on a database server no longer configured, is not read.
   */
  public List<TenantRevenue> between(DayRange range) {
    CurrentCaller.requirePrivileged();
    Set<String> placements = Set.copyOf(Placements.configured());
    return tenants.all().stream()
        .map(tenant -> revenueOf(tenant, range, placements))
        .sorted(
            Comparator.comparing((TenantRevenue r) -> r.total().isEmpty())
                .thenComparing(r -> r.currency().getCurrencyCode())
                .thenComparing(
                    r -> r.total().map(t -> t.revenue().amount()).orElse(BigDecimal.ZERO),
                    Comparator.reverseOrder())
                .thenComparing(TenantRevenue::slug))
        .toList();
  }

  private TenantRevenue revenueOf(Tenant tenant, DayRange range, Set<String> placements) {
    Optional<RevenueReport.Period> total = Optional.empty();
    if (!Placements.isMoving(tenant.id()) && placements.contains(tenant.placement())) {
      try {
        total =
            Optional.of(
                CurrentTenant.supplyAs(
                    tenant.toContext("tenant-revenues"),
                    () -> reports.between(range, RevenuePeriod.MONTH).total()));
      } catch (RuntimeException e) {
        LOG.warnf("Tenant %s's revenue was not read: %s", tenant.slug(), Failures.describe(e));
      }
    }
    return new TenantRevenue(
        tenant.id(),
        tenant.slug(),
        tenant.name(),
        tenant.status().name().toLowerCase(Locale.ROOT),
        tenant.currency(),
        total);
  }
}
