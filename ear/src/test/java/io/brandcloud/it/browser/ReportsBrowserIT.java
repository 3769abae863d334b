package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What customers owe, in Chromium: the Acme admin issues an invoice to the demo customer, and the
 * Reports page lists it under its customer's name, not yet overdue, with the CSV saying the same;
 * on a phone, in German, too. The invoice is voided afterwards, so the demo customer owes nothing
 * in the tests that follow. The revenue card switches to weeks and refuses a range that ends before
 * it starts. The tax card shows the day's Dutch VAT by country and rate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT {

  private static final String API = "t/acme/api/v1";

  @Test
  void theAdminSeesAnOpenInvoiceUnderItsCustomerAndAgeAndAsCsv() {
    Http admin = new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
    long customer = DemoCustomer.id(admin);
    String invoices = API + "/admin/customers/" + customer + "/manual-invoices";
    HttpResponse<String> issued =
        admin.post(
            invoices,
            "{\"lines\":[{\"description\":\"Report check\",\"amount\":\"7.00\"}],"
                + "\"dueInDays\":14,\"issue\":true}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonObject invoice = Http.json(issued.body());
    String number = invoice.getString("number");
    try {
      try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
        desktop.logIn("admin@acme.example", "acme-admin-demo");
        desktop.go("t/acme/admin/reports.xhtml");
        assertThat(desktop.text("#invoices"))
            .contains(number, "Demo customer", "€8.47", "Not due yet")
            .doesNotContain("customer@acme.example");
        assertThat(desktop.text("#ages [data-range='NOT_DUE']")).contains("Not due yet");
        assertThat(desktop.find("#csv").getAttribute("href"))
            .endsWith("/t/acme/api/v1/admin/reports/receivables.csv");
        assertThat(desktop.find("#invoices-xlsx").getAttribute("formaction"))
            .endsWith("/t/acme/api/v1/admin/exports/invoices.xlsx");
        assertThat(desktop.find("#export-to").getAttribute("value"))
            .matches("\\d{4}-\\d{2}-\\d{2}");
        desktop.fitsTheWindow("admin-reports");

        assertThat(desktop.find("#revenue-report\\:revenue-csv").getAttribute("href"))
            .contains("by=month");
        assertThat(desktop.find("#revenue-report\\:margin-csv").getAttribute("href"))
            .contains("/t/acme/api/v1/admin/reports/margin.csv?from=");
        assertThat(desktop.text("#margin-figures")).contains("Provider cost", "Margin %");
        desktop.click("#revenue-report\\:revenue-by .ui-button:nth-of-type(2)");
        desktop.click("#revenue-report\\:revenue-show");
        assertThat(desktop.find("#revenue-report\\:revenue-csv").getAttribute("href"))
            .as("a year by week")
            .contains("by=week");
        assertThat(desktop.all("#revenue-report\\:revenue .ui-paginator")).isNotEmpty();
        // set as the page sends it: typing opens the date picker's calendar over the form
        desktop.script(
            "document.getElementById('revenue-report:revenue-from_input').value = '2099-01-01'");
        desktop.click("#revenue-report\\:revenue-show");
        assertThat(desktop.text("#messages"))
            .contains("Choose a first day on or before the last day");

        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        desktop.script(
            "document.getElementById('tax-report:tax-from_input').value = '"
                + today
                + "';"
                + "document.getElementById('tax-report:tax-to_input').value = '"
                + today
                + "'");
        desktop.click("#tax-report\\:tax-show");
        desktop.waitForText("#tax-report\\:tax-sales", "Tax charged");
        assertThat(desktop.text("#tax-report\\:tax-rates")).contains("Netherlands", "21%");
        assertThat(desktop.find("#tax-report\\:tax-documents-xlsx").getAttribute("href"))
            .contains("/t/acme/api/v1/admin/reports/tax/documents.xlsx?from=" + today);
        desktop.fitsTheWindow("admin-reports-tax");
      }
      assertThat(admin.get(API + "/admin/reports/receivables.csv").body())
          .as("7.00 and the Netherlands' 21 %")
          .contains("invoice,\"" + number + "\"," + customer + ",\"Demo customer\",")
          .contains(",,8.47,EUR\n");
      try (Browser phone = Browser.open(Browser.PHONE, "de")) {
        phone.logIn("admin@acme.example", "acme-admin-demo");
        phone.go("t/acme/admin/reports.xhtml");
        assertThat(phone.text("body")).contains("Was Kunden schulden", "Offene Rechnungen");
        phone.fitsTheWindow("admin-reports-de");
      }
      try (Browser phone = Browser.open(Browser.PHONE, "en")) {
        phone.logIn("admin@acme.example", "acme-admin-demo");
        phone.go("t/acme/admin/reports.xhtml");
        assertThat(phone.text("#invoices")).contains(number, "Not due yet");
        assertThat(phone.find("#revenue-report\\:revenue").getText())
            .as("on a phone a period and its revenue alone")
            .doesNotContain("Payments in");
        phone.fitsTheWindow("admin-reports");
      }
      try (Browser desktop = Browser.open(Browser.DESKTOP, "de")) {
        desktop.logIn("admin@acme.example", "acme-admin-demo");
        desktop.go("t/acme/admin/reports.xhtml");
        assertThat(desktop.text("#invoices")).contains(number, "Noch nicht f\u00e4llig", "8,47");
        desktop.fitsTheWindow("admin-reports-de");
      }
    } finally {
      HttpResponse<String> voided =
          admin.post(
              invoices + "/" + invoice.getJsonNumber("id").longValue() + "/void",
              "{\"reason\":\"Report check over\"}");
      assertThat(voided.statusCode())
          .as("the demo customer owes nothing in the tests that follow: " + voided.body())
          .isBetween(200, 204);
    }
  }

  @Test
  void theAdminPreparesTheLedgerInTheBackgroundAndDownloadsItOnceReady() {
    try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
      desktop.logIn("admin@acme.example", "acme-admin-demo");
      desktop.go("t/acme/admin/reports.xhtml");
      assertThat(desktop.text("#prepared-card")).contains("Prepared in the background");
      desktop.click("#prepared\\:format .ui-button:nth-of-type(1)");
      desktop.click("#prepared\\:prepare");
      assertThat(desktop.text("#messages")).contains("The Ledger export is being prepared");
      desktop.waitForText("#prepared\\:exports", "Ready:");
      assertThat(desktop.text("#prepared\\:exports"))
          .contains("Ledger · CSV")
          .containsPattern("Ready: (no rows|one row|\\d[\\d,]* rows)");
      assertThat(desktop.find("#prepared\\:exports a[id$='download']").getAttribute("href"))
          .matches(".*/t/acme/api/v1/admin/exports/prepared/\\d+/file");
      assertThat(desktop.find("#prepared\\:exports a[id$='download']").getText())
          .matches("ledger-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv");
      desktop.fitsTheWindow("admin-reports-prepared");
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn("admin@acme.example", "acme-admin-demo");
      phone.go("t/acme/admin/reports.xhtml");
      assertThat(phone.text("#prepared-card")).contains("Im Hintergrund vorbereitet", "Fertig:");
      phone.fitsTheWindow("admin-reports-prepared-de");
    }
  }
}
