package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tax report over a day of invoices of 100.00 each, against figures worked out by hand: German
 * VAT at 19 %, Quebec's GST at 5 % and QST at 9.975 % on top of it, a French business under reverse
 * charge, an exempt Canadian customer and an American one no rule covers; a credit note of 20.00 on
 * the German invoice and one of 10.00 on the Quebec one take their tax back rate by rate; a voided
 * invoice counts with the credit note that voided it (nothing, together), one of the next day not.
 */
@ExtendWith(ArquillianExtension.class)
class TaxReportIT {

  private static final Instant DAY = Instant.parse("2027-02-10T12:00:00Z");
  private static final BigDecimal HUNDRED = new BigDecimal("100.00");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB ManualInvoices manual;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void theReportSumsEachRateAndTreatmentLessCreditNotesToTheCent() {
    scenario.at(DAY);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("taxreport"), new BigDecimal("500"));
    BigDecimal funds = new BigDecimal("500");
    long france = tenants.fundedCustomer(shop, "france", funds);
    long quebec = tenants.fundedCustomer(shop, "quebec", funds);
    long exempt = tenants.fundedCustomer(shop, "exempt", funds);
    long usa = tenants.fundedCustomer(shop, "usa", funds);
    Http staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    post(
        staff,
        shop,
        "/admin/tax-rules",
        "{\"country\":\"DE\",\"name\":\"VAT\",\"ratePercent\":19}");
    post(
        staff,
        shop,
        "/admin/tax-rules",
        "{\"country\":\"FR\",\"name\":\"TVA\",\"ratePercent\":20,\"reverseCharge\":true}");
    post(
        staff, shop, "/admin/tax-rules", "{\"country\":\"CA\",\"name\":\"GST\",\"ratePercent\":5}");
    post(
        staff,
        shop,
        "/admin/tax-rules",
        "{\"country\":\"CA\",\"region\":\"QC\",\"name\":\"QST\",\"ratePercent\":9.975,"
            + "\"compound\":true,\"position\":2}");
    details(staff, shop, shop.customerId(), "{\"country\":\"DE\"}");
    try (ViesStandIn vies = ViesStandIn.start().registering("FR40303265045", "SA ODIGEO")) {
      details(staff, shop, france, "{\"country\":\"FR\",\"taxId\":\"FR40303265045\"}");
      ViesStandIn.awaitCheck(
          staff, api(shop, "/admin/customers/" + france + "/billing-details"), "valid");
    }
    details(staff, shop, quebec, "{\"country\":\"CA\",\"region\":\"QC\"}");
    details(
        staff,
        shop,
        exempt,
        "{\"country\":\"CA\",\"region\":\"QC\",\"taxId\":\"CA123456789RT0001\",\"taxExempt\":true}");
    details(staff, shop, usa, "{\"country\":\"US\"}");

    long german = issued(shop, shop.customerId());
    long quebecois = issued(shop, quebec);
    for (long organisation : new long[] {france, exempt, usa}) {
      issued(shop, organisation);
    }
    long voided = issuedOpen(shop, shop.customerId());
    shop.as(
        () -> {
          manual.voidInvoice(shop.customerId(), voided, "Issued twice", "t");
          return null;
        });
    creditNote(staff, shop, shop.customerId(), german, "20.00", "tax-cn-1");
    creditNote(staff, shop, quebec, quebecois, "10.00", "tax-cn-2");
    scenario.at(DAY.plusSeconds(86_400));
    issued(shop, shop.customerId());

    HttpResponse<String> answered =
        staff.get(api(shop, "/admin/reports/tax?from=2027-02-10&to=2027-02-10"));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    JsonObject report = Http.json(answered.body());
    assertThat(
            rows(report.getJsonArray("rates"), "name", "ratePercent", "invoices", "taxable", "tax"))
        .containsExactly(
            "CA GST 5 1 90.00 4.50", "CA QST 9.975 1 94.50 9.42", "DE VAT 19 2 80.00 15.20");
    assertThat(rows(report.getJsonArray("sales"), "treatment", "invoices", "net", "tax"))
        .containsExactly(
            "CA taxed 1 90.00 13.92",
            "CA exempt 1 100.00 0.00",
            "DE taxed 2 80.00 15.20",
            "FR reverse_charge 1 100.00 0.00",
            "US untaxed 1 100.00 0.00");
    assertThat(money(report, "net")).isEqualTo("470.00");
    assertThat(money(report, "tax")).isEqualTo("29.12");

    HttpResponse<String> documents =
        staff.get(api(shop, "/admin/reports/tax/documents.csv?from=2027-02-10&to=2027-02-10"));
    assertThat(documents.statusCode()).as(documents.body()).isEqualTo(200);
    List<String> lines = documents.body().replace("\"", "").lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "number,corrects_invoice,issued_on,customer,country,treatment,net,tax,total,currency");
    assertThat(lines).as("a header, six invoices and three credit notes").hasSize(1 + 6 + 3);
    assertThat(lines.stream().filter(l -> l.startsWith("CN-")))
        .as("credit notes take back, naming the invoice they correct")
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).containsPattern(",INV-[0-9-]+,2027-02-10,.*,-[0-9.]+,"));
    HttpResponse<String> sales =
        staff.get(api(shop, "/admin/reports/tax/sales.xlsx?from=2027-02-10&to=2027-02-10"));
    assertThat(sales.statusCode()).isEqualTo(200);
    assertThat(sales.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");

    assertThat(
            staff.get(api(shop, "/admin/reports/tax?from=2027-02-11&to=2027-02-10")).statusCode())
        .isEqualTo(400);
    assertThat(staff.get(api(shop, "/admin/reports/tax/taxes.csv")).statusCode()).isEqualTo(404);
    assertThat(staff.get(api(shop, "/admin/reports/tax/rates.pdf")).statusCode()).isEqualTo(400);
    Http customer = TestTenants.customerLogin(shop);
    assertThat(customer.get(api(shop, "/admin/reports/tax")).statusCode()).isEqualTo(403);
    assertThat(customer.get(api(shop, "/admin/reports/tax/rates.csv")).statusCode()).isEqualTo(403);
  }

  /** An invoice of 100.00 issued and paid from the wallet. */
  private long issued(Fixture shop, long organisation) {
    long invoice = issuedOpen(shop, organisation);
    shop.as(() -> manual.pay(organisation, invoice));
    return invoice;
  }

  /** An invoice of 100.00 issued and left open. */
  private long issuedOpen(Fixture shop, long organisation) {
    long draft =
        shop.as(
            () ->
                manual.draft(
                    organisation,
                    List.of(new ManualInvoices.LineInput("Setup", HUNDRED)),
                    14,
                    "t"));
    shop.as(() -> manual.issue(organisation, draft, "t"));
    return draft;
  }

  private static void creditNote(
      Http staff, Fixture shop, long organisation, long invoice, String amount, String reference) {
    post(
        staff,
        shop,
        "/admin/customers/" + organisation + "/invoices/" + invoice + "/credit-notes",
        "{\"amount\":" + amount + ",\"reason\":\"Outage\",\"reference\":\"" + reference + "\"}");
  }

  private static void post(Http staff, Fixture shop, String path, String body) {
    HttpResponse<String> done = staff.post(api(shop, path), body);
    assertThat(done.statusCode()).as(path + " " + done.body()).isEqualTo(201);
  }

  private static void details(Http staff, Fixture shop, long organisation, String body) {
    HttpResponse<String> changed =
        staff.put(api(shop, "/admin/customers/" + organisation + "/billing-details"), body);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  /** Each row as "country field…", amounts with two decimals. */
  private static List<String> rows(JsonArray rows, String... fields) {
    return rows.stream()
        .map(JsonObject.class::cast)
        .map(
            row -> {
              StringBuilder line = new StringBuilder(row.getString("country"));
              for (String field : fields) {
                line.append(' ')
                    .append(
                        row.get(field) instanceof JsonObject
                            ? money(row, field)
                            : row.get(field).toString().replace("\"", ""));
              }
              return line.toString();
            })
        .toList();
  }

  private static String money(JsonObject object, String field) {
    return new BigDecimal(object.getJsonObject(field).getString("amount"))
        .setScale(2, java.math.RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  private static String api(Fixture shop, String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
