package io.brandcloud.batch.invoicing;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Issues one tenant's invoices for a month: the job's {@code month} if given, otherwise the last
 * month that has ended at {@code asOf} in the tenant's time zone.
 */
@Dependent
@Named("invoicingBatchlet")
public class InvoicingBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "tenantId")
  String tenantId;

  @Inject
  @BatchProperty(name = "month")
  String month;

  @Inject
  @BatchProperty(name = "asOf")
  String asOf;

  @Inject JobContext job;
  @Inject TenantPartition partition;
  @EJB Invoicing invoicing;

  @Override
  public String process() throws Exception {
    CurrentCaller.set(Caller.system("invoicing"));
    try {
      int issued =
          CurrentTenant.callAs(
              partition.context(tenantId, job.getExecutionId()),
              () -> invoicing.invoiceMonth(monthToInvoice()).size());
      return "issued " + issued + " invoices";
    } finally {
      CurrentCaller.clear();
    }
  }

  private YearMonth monthToInvoice() {
    if (month != null && !month.isBlank()) {
      return YearMonth.parse(month);
    }
    Instant now = Instant.parse(asOf);
    return YearMonth.from(now.atZone(CurrentTenant.require().timeZone())).minusMonths(1);
  }
}
