package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.DayRange;
import io.brandcloud.billing.application.RevenueReport;
import io.brandcloud.billing.application.RevenueReports;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The Reports page's revenue: the last twelve months, this one included, read once a request. */
@Named
@RequestScoped
public class RevenueBacking {

  @EJB RevenueReports reports;
  @Inject ApplicationClock clock;

  private RevenueReport report;

  public RevenueReport getReport() {
    if (report == null) {
      LocalDate today = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
      report = reports.between(DayRange.lastTwelveMonths(today));
    }
    return report;
  }
}
