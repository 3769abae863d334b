package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.ReceivablesReport;
import io.brandcloud.billing.application.ReceivablesReports;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The Reports page's receivables, read once per request as of today: nothing of it is kept in the
 * session, however many invoices are open.
 */
@Named
@RequestScoped
public class ReceivablesBacking {

  @EJB ReceivablesReports reports;

  private ReceivablesReport report;

  public ReceivablesReport getReport() {
    if (report == null) {
      report = reports.today();
    }
    return report;
  }
}
