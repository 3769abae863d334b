package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.ReceivablesReport;
import io.brandcloud.billing.application.ReceivablesReports;
import io.brandcloud.shared.Money;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Reports staff with billing rights run the business on. */
@Path("/v1/admin/reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminReportsResource {

  @EJB ReceivablesReports receivables;
  @Inject TenantApi api;

  /** The open invoices of one age: {@code not_due}, {@code days_1_30} … {@code over_90}. */
  public record ApiAge(String range, int invoices, ApiMoney amount) {}

  public record ApiOverdue(
      long invoiceId,
      String number,
      long organisationId,
      String customer,
      LocalDate dueOn,
      Integer daysOverdue,
      String range,
      ApiMoney amount) {}

  public record ApiDebt(long organisationId, String customer, ApiMoney amount, LocalDate since) {}

  public record ApiDispute(
      long disputeId,
      long paymentId,
      long organisationId,
      String customer,
      LocalDate openedOn,
      ApiMoney amount) {}

  public record ApiReceivables(
      LocalDate asOf,
      List<ApiAge> ages,
      ApiMoney invoicesTotal,
      List<ApiOverdue> invoices,
      ApiMoney debtsTotal,
      List<ApiDebt> debts,
      ApiMoney disputedTotal,
      List<ApiDispute> disputes) {}

  @GET
  @Path("receivables")
  public ApiReceivables receivables() {
    api.staff();
    ReceivablesReport report = receivables.today();
    return new ApiReceivables(
        report.asOf(),
        report.ages().stream()
            .map(a -> new ApiAge(wire(a.range()), a.invoices(), ApiMoney.of(a.amount())))
            .toList(),
        ApiMoney.of(report.invoicesTotal()),
        report.invoices().stream()
            .map(
                i ->
                    new ApiOverdue(
                        i.invoiceId(),
                        i.number(),
                        i.organisationId(),
                        i.customer(),
                        i.dueOn(),
                        i.daysOverdue(),
                        wire(i.range()),
                        ApiMoney.of(i.amount())))
            .toList(),
        ApiMoney.of(report.debtsTotal()),
        report.debts().stream()
            .map(
                d ->
                    new ApiDebt(
                        d.organisationId(), d.customer(), ApiMoney.of(d.amount()), d.since()))
            .toList(),
        ApiMoney.of(report.disputedTotal()),
        report.disputes().stream()
            .map(
                d ->
                    new ApiDispute(
                        d.disputeId(),
                        d.paymentId(),
                        d.organisationId(),
                        d.customer(),
                        d.openedOn(),
                        ApiMoney.of(d.amount())))
            .toList());
  }

  /**
   * Every line of the report in one sheet: open invoices (days overdue left empty until the due day
   * has passed), wallets below zero and disputed payments, amounts as plain decimals in the
   * tenant's currency.
   */
  @GET
  @Path("receivables.csv")
  @Produces("text/csv")
  public Response receivablesCsv() {
    api.staff();
    ReceivablesReport report = receivables.today();
    StringBuilder csv =
        new StringBuilder(
            "kind,reference,organisation_id,customer,date,days_overdue,amount,currency\n");
    for (ReceivablesReport.Overdue i : report.invoices()) {
      row(
          csv,
          "invoice",
          i.number(),
          i.organisationId(),
          i.customer(),
          i.dueOn(),
          i.daysOverdue(),
          i.amount());
    }
    for (ReceivablesReport.Debt d : report.debts()) {
      row(csv, "debt", "wallet", d.organisationId(), d.customer(), d.since(), null, d.amount());
    }
    for (ReceivablesReport.Dispute d : report.disputes()) {
      row(
          csv,
          "dispute",
          "payment " + d.paymentId(),
          d.organisationId(),
          d.customer(),
          d.openedOn(),
          null,
          d.amount());
    }
    return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
        .header(
            "Content-Disposition", "attachment; filename=\"receivables-" + report.asOf() + ".csv\"")
        .build();
  }

  private static void row(
      StringBuilder csv,
      String kind,
      String reference,
      long organisationId,
      String customer,
      LocalDate date,
      Integer daysOverdue,
      Money amount) {
    csv.append(kind)
        .append(',')
        .append(BillingResource.csvField(reference))
        .append(',')
        .append(organisationId)
        .append(',')
        .append(BillingResource.csvField(customer))
        .append(',')
        .append(date == null ? "" : date.toString())
        .append(',')
        .append(daysOverdue == null ? "" : daysOverdue.toString())
        .append(',')
        .append(amount.roundedToMinorUnit().toPlainString())
        .append(',')
        .append(amount.currency().getCurrencyCode())
        .append('\n');
  }

  private static String wire(ReceivablesReport.Range range) {
    return range.name().toLowerCase(Locale.ROOT);
  }
}
