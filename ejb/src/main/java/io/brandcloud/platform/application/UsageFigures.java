package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.platform.domain.DailyCharge;
import io.brandcloud.platform.domain.JobReportRepository;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantRepository;
import io.brandcloud.platform.domain.TenantUsage;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What hourly charging brought in, from the runs' reports in the platform schema: per day for a
 * tenant's staff, per tenant for operators. Reads only; no transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UsageFigures {

  @Inject JobReportRepository reports;
  @Inject TenantRepository tenants;
  @Inject ApplicationClock clock;

  /** A tenant's charges: each of the last days (zero where nothing ran), this month, last month. */
  public record TenantCharges(List<DailyCharge> days, BigDecimal thisMonth, BigDecimal lastMonth) {}

  /** The current tenant's charges in its calendar, for its staff. */
  public TenantCharges ofCurrentTenant(int days) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    TenantContext tenant = CurrentTenant.require();
    ZoneId zone = tenant.timeZone();
    LocalDate today = LocalDate.ofInstant(clock.now(), zone);
    LocalDate firstShown = today.minusDays(Math.max(1, days) - 1L);
    LocalDate thisMonth = today.withDayOfMonth(1);
    LocalDate lastMonth = thisMonth.minusMonths(1);
    LocalDate from = firstShown.isBefore(lastMonth) ? firstShown : lastMonth;
    Map<LocalDate, BigDecimal> byDay = new HashMap<>();
    reports
        .chargedPerDay(tenant.tenantId(), from.atStartOfDay(zone).toInstant(), zone)
        .forEach(charge -> byDay.put(charge.day(), charge.amount()));
    return new TenantCharges(
        firstShown
            .datesUntil(today.plusDays(1))
            .map(day -> new DailyCharge(day, byDay.getOrDefault(day, BigDecimal.ZERO)))
            .toList(),
        sum(byDay, thisMonth, today.plusDays(1)),
        sum(byDay, lastMonth, thisMonth));
  }

  /**
   * Every tenant with its customers, its running servers (those its latest charging run charged)
   * and its charges this month and last (UTC months), by slug; for operators.
   */
  public List<TenantOverview> perTenant() {
    CurrentCaller.requirePrivileged();
    YearMonth month = YearMonth.from(clock.now().atZone(ZoneOffset.UTC));
    List<Tenant> all = tenants.all();
    Map<Long, Long> customers = tenants.customersPerTenant(all);
    Map<Long, TenantUsage> usage = new HashMap<>();
    reports
        .usagePerTenant(
            month.minusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
        .forEach(tenant -> usage.put(tenant.tenantId(), tenant));
    return all.stream()
        .map(
            tenant -> {
              TenantUsage charged = usage.get(tenant.id());
              return new TenantOverview(
                  tenant.id(),
                  tenant.slug(),
                  tenant.name(),
                  tenant.status().name(),
                  tenant.currency().getCurrencyCode(),
                  customers.getOrDefault(tenant.id(), 0L),
                  charged == null ? 0 : charged.runningServers(),
                  charged == null ? BigDecimal.ZERO : charged.thisMonth(),
                  charged == null ? BigDecimal.ZERO : charged.lastMonth());
            })
        .toList();
  }

  private static BigDecimal sum(Map<LocalDate, BigDecimal> byDay, LocalDate from, LocalDate to) {
    return byDay.entrySet().stream()
        .filter(day -> !day.getKey().isBefore(from) && day.getKey().isBefore(to))
        .map(Map.Entry::getValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
