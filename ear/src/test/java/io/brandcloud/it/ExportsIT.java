package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.payments.application.GatewayChange;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.application.TopUps;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.provisioning.servers.application.Servers;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports as staff and customers download them: staff's invoices as a workbook and every wallet's
 * ledger as CSV; a customer's own transactions and nobody else's; a range or format that does not
 * fit is refused before anything is sent.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

  @Inject TestTenants tenants;
  @EJB ManualInvoices manual;
  @EJB CreditNotes creditNotes;
  @EJB GatewaySetup setup;
  @EJB TopUps topUps;
  @EJB Servers servers;

  @Test
  void staffExportInvoicesAndTheLedgerAndACustomerTheirOwnTransactions() throws Exception {
    TestTenants.Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("exports"), new BigDecimal("100.00"));
    long other = tenants.fundedCustomer(shop, "other", new BigDecimal("23.45"));
    String number =
        shop.as(
            () -> {
              long draft =
                  manual.draft(
                      shop.customerId(),
                      List.of(new ManualInvoices.LineInput("Set-up work", new BigDecimal("40"))),
                      14,
                      "t");
              return manual.issue(shop.customerId(), draft, "t").number();
            });
    Http staff = tenants.staffLogin(shop);

    HttpResponse<byte[]> invoices = staff.getBytes(shop.api("/admin/exports/invoices.xlsx"));
    assertThat(invoices.statusCode()).isEqualTo(200);
    assertThat(invoices.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(invoices.headers().firstValue("Content-Disposition").orElseThrow())
        .matches(
            "attachment; filename=\"invoices-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}.xlsx\"");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(invoices.body()))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("number");
      Row invoice = rows.get(1);
      assertThat(invoice.getCellText(0)).isEqualTo(number);
      assertThat(invoice.getCellText(3)).isEqualTo("open");
      assertThat(invoice.getCellAsNumber(4).orElseThrow().longValue()).isEqualTo(shop.customerId());
      assertThat(invoice.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("40");
      assertThat(invoice.getCellText(9)).isEqualTo("EUR");
    }

    HttpResponse<String> ledger = staff.get(shop.api("/admin/exports/ledger.csv"));
    assertThat(ledger.statusCode()).isEqualTo(200);
    assertThat(ledger.body().lines().toList())
        .first()
        .isEqualTo(
            "\"id\",\"time\",\"organisation_id\",\"customer\",\"type\",\"description\",\"amount\","
                + "\"currency\",\"reference\"");
    assertThat(ledger.body())
        .contains("," + shop.customerId() + ",")
        .contains("," + other + ",")
        .contains(",100.000000,\"EUR\",", ",23.450000,\"EUR\",");

    Http customer = TestTenants.customerLogin(shop);
    HttpResponse<String> own = customer.get(shop.api("/exports/transactions.csv"));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body().lines().toList())
        .hasSize(2)
        .first()
        .isEqualTo("\"id\",\"time\",\"type\",\"description\",\"amount\",\"currency\"");
    assertThat(own.body()).contains("\"Test credit\",100.000000,\"EUR\"").doesNotContain("23.45");

    HttpResponse<byte[]> longAgo =
        customer.getBytes(shop.api("/exports/transactions.xlsx?from=2001-01-01&to=2001-12-31"));
    assertThat(longAgo.statusCode()).isEqualTo(200);
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(longAgo.body()))) {
      assertThat(book.getFirstSheet().read()).as("the header alone").hasSize(1);
    }

    for (String refused :
        List.of(
            "/admin/exports/invoices.pdf",
            "/admin/exports/ledger.csv?from=2026-13-01",
            "/admin/exports/ledger.csv?from=2026-02-01&to=2026-01-31",
            "/admin/exports/ledger.csv?from=2001-01-01&to=2026-01-31",
            "/admin/exports/ledger.csv?from=2016-01-01&to=2026-01-01",
            "/admin/exports/ledger.csv?from=1900-01-01&to=1900-12-31",
            "/admin/exports/ledger.csv?to=%2B300000-01-01")) {
      HttpResponse<String> answer = staff.get(shop.api(refused));
      assertThat(answer.statusCode()).as(refused + " " + answer.body()).isEqualTo(400);
      assertThat(Http.json(answer.body()).getJsonObject("error").getString("message")).isNotBlank();
    }
    assertThat(customer.get(shop.api("/admin/exports/ledger.csv")).statusCode()).isEqualTo(403);

    String note =
        shop.as(
            () -> {
              long invoice = manual.pay(shop.customerId(), manualInvoiceId(shop, number)).id();
              return creditNotes
                  .issue(
                      shop.customerId(),
                      invoice,
                      new BigDecimal("12.50"),
                      "Slow set-up, \"sorry\"",
                      "exports-cn",
                      "t")
                  .number();
            });
    HttpResponse<String> notes = staff.get(shop.api("/admin/exports/credit-notes.csv"));
    assertThat(notes.statusCode()).as(notes.body()).isEqualTo(200);
    assertThat(notes.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"credit-notes-");
    assertThat(notes.body().lines().toList())
        .hasSize(2)
        .first()
        .isEqualTo(
            "\"number\",\"issued_on\",\"invoice\",\"organisation_id\",\"customer\",\"reason\","
                + "\"subtotal\",\"tax\",\"total\",\"currency\"");
    assertThat(notes.body())
        .contains("\"" + note + "\",")
        .contains(",\"" + number + "\"," + shop.customerId() + ",")
        .contains("\"Slow set-up, \"\"sorry\"\"\",12.50,");

    shop.as(
        () ->
            setup.configure(
                GatewayKind.TEST,
                new GatewayChange(
                    false,
                    null,
                    null,
                    null,
                    "whsec_exports_test",
                    null,
                    true,
                    new BigDecimal("5"),
                    new BigDecimal("500"),
                    List.of(new BigDecimal("25")))));
    String portal = Http.localServer().resolve("t/" + shop.tenant().slug()).toString();
    long payment =
        shop.as(
                () ->
                    topUps.start(
                        shop.customerId(),
                        GatewayKind.TEST,
                        new BigDecimal("30"),
                        false,
                        new TopUps.ReturnPages(portal + "/portal/payment.xhtml", portal)))
            .id();
    HttpResponse<String> payments = staff.get(shop.api("/admin/exports/payments.csv"));
    assertThat(payments.statusCode()).as(payments.body()).isEqualTo(200);
    assertThat(payments.body().lines().toList())
        .hasSize(2)
        .first()
        .isEqualTo(
            "\"id\",\"time\",\"organisation_id\",\"customer\",\"gateway\",\"purpose\",\"status\","
                + "\"amount\",\"refunded\",\"disputed\",\"currency\",\"completed\"");
    assertThat(payments.body())
        .contains(payment + ",")
        .contains(",\"test\",\"top_up\",\"pending\",30.000000,0.000000,0.000000,\"EUR\",");
    assertThat(customer.get(shop.api("/admin/exports/payments.csv")).statusCode()).isEqualTo(403);

    long server =
        shop.as(
            () ->
                servers
                    .create(shop.customerId(), shop.planId(), "exp-1", "sim-ams1", "debian-12")
                    .id());
    HttpResponse<String> serverRows = staff.get(shop.api("/admin/exports/servers.xlsx"));
    assertThat(serverRows.statusCode()).isEqualTo(200);
    try (ReadableWorkbook book =
        new ReadableWorkbook(
            new ByteArrayInputStream(
                staff.getBytes(shop.api("/admin/exports/servers.xlsx")).body()))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      Row row = rows.get(1);
      assertThat(row.getCellAsNumber(0).orElseThrow().longValue()).isEqualTo(server);
      assertThat(row.getCellText(1)).isEqualTo("exp-1");
      assertThat(row.getCellText(4)).isEqualTo("Small");
      assertThat(row.getCellText(5)).isEqualTo("Simulator");
      assertThat(row.getCellText(6)).isEqualTo("sim-ams1");
      assertThat(row.getCellText(12)).isEqualTo("EUR");
    }

    HttpResponse<String> opened =
        customer.post(
            shop.api("/tickets"),
            "{\"subject\":\"Export me, please\",\"body\":\"Hello.\",\"priority\":\"high\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    HttpResponse<String> tickets = staff.get(shop.api("/admin/exports/tickets.csv"));
    assertThat(tickets.statusCode()).as(tickets.body()).isEqualTo(200);
    assertThat(tickets.body().lines().toList())
        .hasSize(2)
        .last()
        .asString()
        .startsWith(
            Http.json(opened.body()).getJsonNumber("id").longValue()
                + ",\"Export me, please\","
                + shop.customerId()
                + ",")
        .contains(",\"high\",");
    assertThat(customer.get(shop.api("/admin/exports/tickets.csv")).statusCode()).isEqualTo(403);

    assertThat(csvLines(staff, shop, "?status=not-closed&department=&assignee=none"))
        .as("the queue's filters: not closed, nobody's")
        .hasSize(2);
    assertThat(csvLines(staff, shop, "?status=closed")).as("no closed ticket").hasSize(1);
    assertThat(csvLines(staff, shop, "?assignee=me")).as("none is the staff member's").hasSize(1);
    for (String refused : List.of("?assignee=someone", "?department=first", "?status=lost")) {
      HttpResponse<String> answer = staff.get(shop.api("/admin/exports/tickets.csv" + refused));
      assertThat(answer.statusCode()).as(refused + " " + answer.body()).isEqualTo(400);
    }
    customersAsTheListFindsThem(staff, shop, other);
  }

  /** The customers list's search and its choice of open or closed accounts, in the export. */
  private static void customersAsTheListFindsThem(
      Http staff, TestTenants.Fixture shop, long other) {
    String found = "/admin/exports/customers.csv?q=OTHER%40" + shop.tenant().slug() + "&closed=";
    HttpResponse<String> search = staff.get(shop.api(found));
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    assertThat(search.body().lines().toList())
        .as("found by the owner's address, as on the list")
        .hasSize(2)
        .last()
        .asString()
        .startsWith(other + ",");
    HttpResponse<String> closed =
        staff.get(shop.api("/admin/exports/customers.csv?closed=true&q=other"));
    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(closed.body().lines()).as("no account was closed").hasSize(1);
    HttpResponse<String> open = staff.get(shop.api("/admin/exports/customers.csv?closed=false"));
    assertThat(open.body().lines()).as("both customers' accounts are open").hasSize(3);
    assertThat(staff.get(shop.api("/admin/exports/customers.csv?closed=maybe")).statusCode())
        .isEqualTo(400);
  }

  /** The lines of the tickets export with {@code query}, which must answer 200. */
  private static List<String> csvLines(Http staff, TestTenants.Fixture shop, String query) {
    HttpResponse<String> answer = staff.get(shop.api("/admin/exports/tickets.csv" + query));
    assertThat(answer.statusCode()).as(query + " " + answer.body()).isEqualTo(200);
    return answer.body().lines().toList();
  }

  private long manualInvoiceId(TestTenants.Fixture shop, String number) {
    return ((Number)
            tenants
                .em()
                .createNativeQuery(
                    "SELECT id FROM "
                        + shop.tenant().schema().name()
                        + ".invoices WHERE number = ?1")
                .setParameter(1, number)
                .getSingleResult())
        .longValue();
  }
}
