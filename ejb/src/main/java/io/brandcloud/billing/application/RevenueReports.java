package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.MarginFigures;
import io.brandcloud.billing.domain.RevenueFigures;
import io.brandcloud.billing.domain.RevenuePeriod;
import io.brandcloud.billing.domain.RevenueSources;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/** The revenue report and where its revenue came from, for staff with billing rights. */
@Stateless
public class RevenueReports {

  @Inject RevenueFigures figures;
  @Inject RevenueSources sources;
  @Inject MarginFigures margins;

  public RevenueReport between(DayRange range, RevenuePeriod by) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    return RevenueReport.of(
        range,
        by,
        figures.periods(
            tenant.timeZone(), by, range.start(tenant.timeZone()), range.end(tenant.timeZone())),
        tenant.currency());
  }

  /** What was sold over the range: its lines add up to the revenue report's total. */
  public RevenueBreakdown sources(DayRange range) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    ZoneId zone = tenant.timeZone();
    List<RevenueBreakdown.Line> lines =
        sources.sources(range.start(zone), range.end(zone)).stream()
            .map(
                s ->
                    new RevenueBreakdown.Line(
                        RevenueBreakdown.wireName(s.kind()),
                        s.name(),
                        s.charges(),
                        new Money(s.amount(), tenant.currency())))
            .toList();
    return RevenueBreakdown.of(range, "source", lines, tenant.currency());
  }

  /** Servers' hours over the range by plan, region or provider connection, the largest first. */
  public RevenueBreakdown serverHours(DayRange range, RevenueSources.ServerGroup group) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    ZoneId zone = tenant.timeZone();
    List<RevenueBreakdown.Line> lines =
        sources.serverHours(group, range.start(zone), range.end(zone)).stream()
            .map(
                s ->
                    new RevenueBreakdown.Line(
                        "server_hours",
                        s.name(),
                        s.hours(),
                        new Money(s.amount(), tenant.currency())))
            .toList();
    return RevenueBreakdown.of(range, RevenueBreakdown.wireName(group), lines, tenant.currency());
  }

  /** Servers' hours over the range by month and plan, against what their provider charges. */
  public MarginReport margin(DayRange range) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    ZoneId zone = tenant.timeZone();
    return MarginReport.of(
        range, margins.planMonths(zone, range.start(zone), range.end(zone)), tenant.currency());
  }

  /** {@code plan}, {@code region} or {@code connection}; plans when nothing is asked. */
  public static RevenueSources.ServerGroup serverGroup(String field, String value) {
    return value == null || value.isBlank()
        ? RevenueSources.ServerGroup.PLAN
        : Validation.requireChoice(field, value, RevenueSources.ServerGroup.class);
  }
}
