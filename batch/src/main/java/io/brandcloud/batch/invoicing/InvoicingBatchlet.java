package io.brandcloud.batch.invoicing;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.billing.application.InvoiceReminderMail;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.provisioning.transfer.application.TransferPools;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Issues one tenant's invoices for a month: the job's {@code month} if given, otherwise the last
 * month that has ended at {@code asOf} in the tenant's time zone, after charging the month's
 * transfer above each organisation's pool; then, when the job has an {@code asOf}, reminds
 * customers of their open invoices due a reminder on that day.
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
  @EJB TransferPools transfer;
  @EJB InvoiceReminderMail reminders;

  @Override
  public String process() throws Exception {
    CurrentCaller.set(Caller.system("invoicing"));
    try {
      return CurrentTenant.callAs(
          partition.context(tenantId, job.getExecutionId()),
          () -> {
            YearMonth month = monthToInvoice();
            if (!transfer.readyToInvoice(month)) {
              return "waiting for the traffic of " + month + " to be read";
            }
            // charged first, so the month's invoice has the transfer above the pool as a line
            transfer.chargeOverages(month);
            int issued = invoicing.invoiceMonth(month).size();
            int reminded = hasAsOf() ? reminders.remind(today()) : 0;
            return "issued " + issued + " invoices, sent " + reminded + " reminders";
          });
    } finally {
      CurrentCaller.clear();
    }
  }

  private boolean hasAsOf() {
    return asOf != null && !asOf.isBlank();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(Instant.parse(asOf), CurrentTenant.require().timeZone());
  }

  private YearMonth monthToInvoice() {
    if (month != null && !month.isBlank()) {
      return YearMonth.parse(month);
    }
    Instant now = Instant.parse(asOf);
    return YearMonth.from(now.atZone(CurrentTenant.require().timeZone())).minusMonths(1);
  }
}
