package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.TaxFigures;
import io.brandcloud.shared.DayRange;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The tax report, and the invoices and credit notes behind it, for staff with billing rights. */
@Stateless
public class TaxReports {

  @Inject TaxFigures figures;

  /** Refuses whoever may not read the tax report, before they learn anything else. */
  public void requireAllowed() {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
  }

  /** The tax over the days of the range, in the shop's time zone and currency. */
  public TaxReport between(DayRange range) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    ZoneId zone = tenant.timeZone();
    Instant from = range.start(zone);
    Instant to = range.end(zone);
    return TaxReport.of(
        range,
        figures.charged(from, to),
        figures.sales(from, to),
        figures.credits(from, to),
        tenant.currency());
  }

  /** Every invoice and credit note issued over the range, in the order they were issued. */
  public List<TaxFigures.Document> documents(DayRange range) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    ZoneId zone = CurrentTenant.require().timeZone();
    return figures.documents(range.start(zone), range.end(zone));
  }
}
