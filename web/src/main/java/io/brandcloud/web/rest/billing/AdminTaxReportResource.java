package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.TaxReport;
import io.brandcloud.billing.application.TaxReports;
import io.brandcloud.billing.domain.TaxFigures;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The tax report for staff with billing rights: the tax of each country and rate, the sales of each
 * country by how they were taxed, and the invoices and credit notes behind them, as JSON or tables.
 */
@Path("/v1/admin/reports/tax")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTaxReportResource {

  @EJB TaxReports reports;
  @Inject TenantApi api;
  @Inject TableDownloads downloads;

  /** A tax of a country at a rate, on what it was charged, less what credit notes took back. */
  public record ApiTaxRate(
      String country,
      long invoices,
      String name,
      BigDecimal ratePercent,
      ApiMoney tax,
      ApiMoney taxable) {}

  /**
   * What a country's customers bought under one treatment: {@code taxed}, {@code reverse_charge},
   * {@code exempt} or {@code untaxed} (no rule for the country); a country is null for customers
   * who gave none.
   */
  public record ApiTaxSales(
      String country, long invoices, ApiMoney net, ApiMoney tax, String treatment) {}

  public record ApiTaxReport(
      LocalDate from,
      ApiMoney net,
      List<ApiTaxRate> rates,
      List<ApiTaxSales> sales,
      ApiMoney tax,
      LocalDate to) {}

  @GET
  public ApiTaxReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
    api.staff();
    TaxReport report = reports.between(downloads.range(from, to));
    return new ApiTaxReport(
        report.range().from(),
        ApiMoney.of(report.net()),
        report.rates().stream()
            .map(
                r ->
                    new ApiTaxRate(
                        r.country(),
                        r.invoices(),
                        r.name(),
                        r.ratePercent(),
                        ApiMoney.of(r.tax()),
                        ApiMoney.of(r.taxable())))
            .toList(),
        report.sales().stream()
            .map(
                s ->
                    new ApiTaxSales(
                        s.country(),
                        s.invoices(),
                        ApiMoney.of(s.net()),
                        ApiMoney.of(s.tax()),
                        wireName(s.treatment())))
            .toList(),
        ApiMoney.of(report.tax()),
        report.range().to());
  }

  /**
   * {@code rates}, {@code sales} or {@code documents} (every invoice and credit note, a credit
   * note's amounts negative) as {@code csv} or {@code xlsx}.
   */
  @GET
  @Path("{table}.{format}")
  public Response table(
      @PathParam("table") String table,
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    api.staff();
    reports.requireAllowed();
    DayRange range = downloads.range(from, to);
    return switch (table) {
      case "rates" -> download("Tax rates", range, format, rates(reports.between(range)));
      case "sales" -> download("Tax sales", range, format, sales(reports.between(range)));
      case "documents" ->
          download(
              "Tax documents",
              range,
              format,
              documents(reports.documents(range), CurrentTenant.require().timeZone()));
      default -> throw new NotFoundException();
    };
  }

  private Response download(
      String name, DayRange range, String format, Consumer<TableWriter> write) {
    return downloads.download(name, range, format, write);
  }

  private static Consumer<TableWriter> rates(TaxReport report) {
    return table -> {
      table.header(
          "country", "tax", "rate_percent", "invoices", "taxable", "tax_amount", "currency");
      for (TaxReport.Rate r : report.rates()) {
        table.row(
            r.country(),
            r.name(),
            r.ratePercent(),
            r.invoices(),
            cents(r.taxable()),
            cents(r.tax()),
            currency(r.tax()));
      }
      table.finish();
    };
  }

  private static Consumer<TableWriter> sales(TaxReport report) {
    return table -> {
      table.header("country", "treatment", "invoices", "net", "tax", "currency");
      for (TaxReport.Sale s : report.sales()) {
        table.row(
            s.country(),
            wireName(s.treatment()),
            s.invoices(),
            cents(s.net()),
            cents(s.tax()),
            currency(s.net()));
      }
      table.row(
          "total", null, null, cents(report.net()), cents(report.tax()), currency(report.net()));
      table.finish();
    };
  }

  private static Consumer<TableWriter> documents(List<TaxFigures.Document> documents, ZoneId zone) {
    String currency = CurrentTenant.require().currency().getCurrencyCode();
    return table -> {
      table.header(
          "number",
          "corrects_invoice",
          "issued_on",
          "customer",
          "country",
          "treatment",
          "net",
          "tax",
          "total",
          "currency");
      for (TaxFigures.Document d : documents) {
        table.row(
            d.number(),
            d.correctedInvoice(),
            LocalDate.ofInstant(d.issuedAt(), zone),
            d.customer(),
            d.country(),
            wireName(d.treatment()),
            d.net(),
            d.tax(),
            d.total(),
            currency);
      }
      table.finish();
    };
  }

  private static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static BigDecimal cents(Money money) {
    return money.roundedToMinorUnit();
  }

  private static String currency(Money money) {
    return money.currency().getCurrencyCode();
  }
}
