package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.RevenueFigures;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The revenue report, for staff with billing rights. */
@Stateless
public class RevenueReports {

  @Inject RevenueFigures figures;

  public RevenueReport between(DayRange range) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    return RevenueReport.of(
        range,
        figures.months(
            tenant.timeZone(), range.start(tenant.timeZone()), range.end(tenant.timeZone())),
        tenant.currency());
  }
}
