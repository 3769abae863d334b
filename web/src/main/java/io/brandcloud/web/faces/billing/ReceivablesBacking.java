package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.ReceivablesReport;
import io.brandcloud.billing.application.ReceivablesReports;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * The Reports page's receivables, read once per request as of today: nothing of it is kept in the
 * session, however many invoices are open; and the days its exports cover by default.
 */
@Named
@RequestScoped
public class ReceivablesBacking {

  @EJB ReceivablesReports reports;

  private ReceivablesReport report;

  /** Today in the shop's time zone: where the exports' range ends unless staff choose. */
  public LocalDate getToday() {
    return getReport().asOf();
  }

  /** The day after a year ago: the exports' range starts here unless staff choose. */
  public LocalDate getYearAgo() {
    return getToday().minusYears(1).plusDays(1);
  }

  public ReceivablesReport getReport() {
    if (report == null) {
      report = reports.today();
    }
    return report;
  }
}
