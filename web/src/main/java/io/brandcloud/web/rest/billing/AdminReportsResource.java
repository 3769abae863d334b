package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.MarginReport;
import io.brandcloud.billing.application.ReceivablesReport;
import io.brandcloud.billing.application.ReceivablesReports;
import io.brandcloud.billing.application.RevenueBreakdown;
import io.brandcloud.billing.application.RevenueReport;
import io.brandcloud.billing.application.RevenueReports;
import io.brandcloud.billing.application.RunRateReport;
import io.brandcloud.billing.application.RunRateReports;
import io.brandcloud.billing.domain.RevenuePeriod;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.tables.TableFormat;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reports staff with billing rights run the business on. */
@Path("/v1/admin/reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminReportsResource {

  @EJB ReceivablesReports receivables;
  @EJB RevenueReports revenue;
  @EJB RunRateReports runRates;
  @Inject TenantApi api;
  @Inject TableDownloads downloads;

  /**
   * One period's revenue and the money that moved beside it, its first and last day included (the
   * whole range, in the total).
   */
  public record ApiRevenuePeriod(
      LocalDate start,
      LocalDate end,
      ApiMoney servers,
      ApiMoney subscriptions,
      ApiMoney invoices,
      ApiMoney creditNotes,
      ApiMoney revenue,
      ApiMoney tax,
      ApiMoney topUps,
      ApiMoney refunds,
      ApiMoney disputes,
      ApiMoney credits,
      ApiMoney adjustments) {
    public static ApiRevenuePeriod of(RevenueReport.Period p) {
      return new ApiRevenuePeriod(
          p.start(),
          p.end(),
          ApiMoney.of(p.servers()),
          ApiMoney.of(p.subscriptions()),
          ApiMoney.of(p.invoices()),
          ApiMoney.of(p.creditNotes()),
          ApiMoney.of(p.revenue()),
          ApiMoney.of(p.tax()),
          ApiMoney.of(p.topUps()),
          ApiMoney.of(p.refunds()),
          ApiMoney.of(p.disputes()),
          ApiMoney.of(p.credits()),
          ApiMoney.of(p.adjustments()));
    }
  }

  public record ApiRevenue(
      String by,
      LocalDate from,
      List<ApiRevenuePeriod> periods,
      LocalDate to,
      ApiRevenuePeriod total) {}

  @GET
  @Path("revenue")
  public ApiRevenue revenue(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
    api.staff();
    RevenueReport report = report(from, to, by);
    return new ApiRevenue(
        report.by().wireName(),
        report.range().from(),
        report.periods().stream().map(ApiRevenuePeriod::of).toList(),
        report.range().to(),
        ApiRevenuePeriod.of(report.total()));
  }

  /** The same, a line per period and one for the range, amounts in the shop's currency. */
  @GET
  @Path("revenue.csv")
  public Response revenueCsv(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
    api.staff();
    RevenueReport report = report(from, to, by);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    TableWriter table = TableFormat.CSV.writer(csv, "Revenue");
    List<String> header = new ArrayList<>(List.of("period", "last_day"));
    header.addAll(REVENUE_COLUMNS);
    table.header(header.toArray(String[]::new));
    for (RevenueReport.Period p : report.periods()) {
      revenueRow(table, p.start().toString(), p);
    }
    revenueRow(table, "total", report.total());
    table.finish();
    return csvOf(csv, "revenue", report.range());
  }

  /** A line of revenue: what it is for, the plan, product or group it names, how many charges. */
  public record ApiRevenueLine(ApiMoney amount, long count, String kind, String name) {}

  public record ApiRevenueBreakdown(
      String by, LocalDate from, List<ApiRevenueLine> lines, LocalDate to, ApiMoney total) {
    static ApiRevenueBreakdown of(RevenueBreakdown b) {
      return new ApiRevenueBreakdown(
          b.by(),
          b.range().from(),
          b.lines().stream()
              .map(l -> new ApiRevenueLine(ApiMoney.of(l.amount()), l.count(), l.kind(), l.name()))
              .toList(),
          b.range().to(),
          ApiMoney.of(b.total()));
    }
  }

  /** What was sold over the range, each plan's server hours and each product's terms apart. */
  @GET
  @Path("revenue/sources")
  public ApiRevenueBreakdown revenueSources(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    api.staff();
    return ApiRevenueBreakdown.of(revenue.sources(downloads.range(from, to)));
  }

  /** Servers' hours over the range by {@code plan}, {@code region} or {@code connection}. */
  @GET
  @Path("revenue/servers")
  public ApiRevenueBreakdown revenueServers(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("group") String group) {
    api.staff();
    return ApiRevenueBreakdown.of(
        revenue.serverHours(downloads.range(from, to), RevenueReports.serverGroup("group", group)));
  }

  /**
   * A plan's month ({@code 2027-01}) of server hours: what customers paid, what the provider
   * charges for them, the margin and its percentage of what was paid (none when nothing was).
   */
  public record ApiMarginLine(
      String connection,
      long hours,
      ApiMoney margin,
      String month,
      ApiMoney paid,
      BigDecimal percent,
      String plan,
      ApiMoney upstream) {
    static ApiMarginLine of(MarginReport.Line l) {
      return new ApiMarginLine(
          l.connection(),
          l.hours(),
          ApiMoney.of(l.margin()),
          l.month() == null ? null : YearMonth.from(l.month()).toString(),
          ApiMoney.of(l.paid()),
          l.percent(),
          l.plan(),
          ApiMoney.of(l.upstream()));
    }
  }

  public record ApiMargin(
      LocalDate from, List<ApiMarginLine> lines, LocalDate to, ApiMarginLine total) {}

  /** Server hours by month and plan against their provider plan's cost, hour for hour. */
  @GET
  @Path("margin")
  public ApiMargin margin(@QueryParam("from") String from, @QueryParam("to") String to) {
    api.staff();
    MarginReport report = revenue.margin(downloads.range(from, to));
    return new ApiMargin(
        report.range().from(),
        report.lines().stream().map(ApiMarginLine::of).toList(),
        report.range().to(),
        ApiMarginLine.of(report.total()));
  }

  /** The same, a line per plan and month and one for the range. */
  @GET
  @Path("margin.csv")
  public Response marginCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    api.staff();
    MarginReport report = revenue.margin(downloads.range(from, to));
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    TableWriter table = TableFormat.CSV.writer(csv, "Margin");
    table.header(
        "month",
        "plan",
        "connection",
        "hours",
        "paid",
        "upstream_cost",
        "margin",
        "margin_percent",
        "currency");
    for (MarginReport.Line l : report.lines()) {
      marginRow(table, YearMonth.from(l.month()).toString(), l);
    }
    marginRow(table, "total", report.total());
    table.finish();
    return csvOf(csv, "margin", report.range());
  }

  /** A CSV written in memory (a report is small) as a download named for its days. */
  public static Response csvOf(ByteArrayOutputStream csv, String name, DayRange range) {
    return Response.ok(csv.toString(StandardCharsets.UTF_8), "text/csv;charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "-" + range.from() + "-" + range.to() + ".csv\"")
        .build();
  }

  private static void marginRow(TableWriter table, String month, MarginReport.Line l) {
    table.row(
        month,
        l.plan(),
        l.connection(),
        l.hours(),
        l.paid().roundedToMinorUnit(),
        l.upstream().roundedToMinorUnit(),
        l.margin().roundedToMinorUnit(),
        l.percent(),
        l.paid().currency().getCurrencyCode());
  }

  /** A month's recurring revenue and how it moved; rates are percentages, null with no base. */
  public record ApiRunRateMonth(
      ApiMoney arpu,
      ApiMoney arr,
      ApiMoney churned,
      int churnedCustomers,
      ApiMoney contraction,
      BigDecimal customerChurn,
      int customers,
      ApiMoney expansion,
      String month,
      ApiMoney mrr,
      BigDecimal netRetention,
      int newCustomers,
      ApiMoney newMrr,
      ApiMoney reactivated,
      BigDecimal revenueChurn) {
    static ApiRunRateMonth of(RunRateReport.Month m) {
      return new ApiRunRateMonth(
          ApiMoney.of(m.arpu()),
          ApiMoney.of(m.arr()),
          ApiMoney.of(m.churned()),
          m.churnedCustomers(),
          ApiMoney.of(m.contraction()),
          m.customerChurn(),
          m.customers(),
          ApiMoney.of(m.expansion()),
          m.month().toString(),
          ApiMoney.of(m.mrr()),
          m.netRetention(),
          m.newCustomers(),
          ApiMoney.of(m.newMrr()),
          ApiMoney.of(m.reactivated()),
          m.revenueChurn());
    }
  }

  /** Customers by the month of their first payment, and how many had recurring revenue since. */
  public record ApiCohort(int customers, String month, List<Integer> retained) {}

  public record ApiRunRate(
      List<ApiCohort> cohorts, String from, List<ApiRunRateMonth> months, String to) {}

  /** Monthly recurring revenue from {@code from} to {@code to} (months as 2027-01). */
  @GET
  @Path("run-rate")
  public ApiRunRate runRate(@QueryParam("from") String from, @QueryParam("to") String to) {
    api.staff();
    RunRateReport report =
        runRates.between(RunRateReports.month("from", from), RunRateReports.month("to", to));
    return new ApiRunRate(
        report.cohorts().stream()
            .map(c -> new ApiCohort(c.customers(), c.month().toString(), c.retained()))
            .toList(),
        report.from().toString(),
        report.months().stream().map(ApiRunRateMonth::of).toList(),
        report.to().toString());
  }

  private RevenueReport report(String from, String to, String by) {
    return revenue.between(downloads.range(from, to), RevenuePeriod.parse("by", by));
  }

  /** The figures of a revenue period as CSV columns, from servers to the currency. */
  public static List<Object> revenueColumns(RevenueReport.Period p) {
    return List.of(
        p.servers().roundedToMinorUnit(),
        p.subscriptions().roundedToMinorUnit(),
        p.invoices().roundedToMinorUnit(),
        p.creditNotes().roundedToMinorUnit(),
        p.revenue().roundedToMinorUnit(),
        p.tax().roundedToMinorUnit(),
        p.topUps().roundedToMinorUnit(),
        p.refunds().roundedToMinorUnit(),
        p.disputes().roundedToMinorUnit(),
        p.credits().roundedToMinorUnit(),
        p.adjustments().roundedToMinorUnit(),
        p.revenue().currency().getCurrencyCode());
  }

  /** The CSV names of {@link #revenueColumns}. */
  public static final List<String> REVENUE_COLUMNS =
      List.of(
          "servers",
          "subscriptions",
          "invoices",
          "credit_notes",
          "revenue",
          "tax",
          "top_ups",
          "refunds",
          "disputes",
          "staff_credits",
          "adjustments",
          "currency");

  private static void revenueRow(TableWriter table, String label, RevenueReport.Period p) {
    List<Object> row = new ArrayList<>(List.of(label, p.end().toString()));
    row.addAll(revenueColumns(p));
    table.row(row.toArray());
  }

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
