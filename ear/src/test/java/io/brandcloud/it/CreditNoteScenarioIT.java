package io.brandcloud.it;

import static io.brandcloud.it.TaxScenarioIT.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Corrections of an issued invoice: credit notes with their own gapless numbers, their share of the
 * tax, refunded to the wallet, never more than the invoice; the branded PDFs print the seller's
 * name, address and tax ids as they were at issue, and the logo.
 */
@ExtendWith(ArquillianExtension.class)
class CreditNoteScenarioIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(
        CreditNoteScenarioIT.class,
        TaxScenarioIT.class,
        Scenario.class,
        Jobs.class,
        TestImages.class);
  }

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Wallets wallets;
  @EJB TaxRules taxRules;
  @EJB BillingDetails billingDetails;
  @EJB SellerProfile seller;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void creditNotesCorrectAnInvoiceWithTheirOwnNumbersAndRefundTheWallet() throws IOException {
    YearMonth month = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
    Instant start = month.atDay(3).atTime(9, 15).toInstant(ZoneOffset.UTC);
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("credit"), new BigDecimal("50.00"));
    long other =
        tenants.signUpCustomer(
            shop.tenant(), "other@" + shop.tenant().slug() + ".test", "Other", "other-password");
    shop.as(
        () -> {
          taxRules.add(
              new TaxRule("DE", null, "VAT", new BigDecimal("19"), false, false, 1), "test");
          seller.change("Old Name Ltd", "Old Street 1, Leeds", "VAT GB123456789", "test");
          return billingDetails.changeByCustomer(
              shop.customerId(),
              new BillingDetails.Change("Hauptstrasse 1, Berlin", "DE", null, null, null),
              "test");
        });
    scenario.runningServer(shop, shop.customerId(), "web-1");
    Jobs.chargeUpTo(start.plus(Duration.ofHours(71)));
    Instant afterMonthEnd = month.plusMonths(1).atDay(1).atTime(0, 30).toInstant(ZoneOffset.UTC);
    scenario.at(afterMonthEnd);
    Jobs.invoiceAsOf(afterMonthEnd);

    Http http = new Http(Http.localServer());
    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    Http customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    JsonObject invoice =
        Http.json(customer.get(api(shop, "/invoices")).body())
            .getJsonArray("data")
            .getJsonObject(0);
    long invoiceId = invoice.getJsonNumber("id").longValue();
    BigDecimal subtotal = amount(invoice, "subtotal");
    BigDecimal tax = amount(invoice, "taxTotal");
    assertThat(tax).isPositive();
    String credits =
        api(
            shop,
            "/admin/customers/" + shop.customerId() + "/invoices/" + invoiceId + "/credit-notes");
    Money before = shop.as(() -> wallets.balanceOf(shop.customerId()));

    BigDecimal part = subtotal.divide(new BigDecimal("3"), 2, RoundingMode.DOWN);
    HttpResponse<String> first = staff.post(credits, credit(part, "Outage on the 4th", "cn-1"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject note = Http.json(first.body());
    int year = month.plusMonths(1).getYear();
    assertThat(note.getString("number")).isEqualTo("CN-" + year + "-000001");
    BigDecimal share = tax.multiply(part).divide(subtotal, 2, RoundingMode.HALF_UP);
    assertThat(amount(note, "taxTotal")).isEqualByComparingTo(share);
    assertThat(amount(note, "total")).isEqualByComparingTo(part.add(share));

    assertThat(staff.post(credits, credit(part, "Outage on the 4th", "cn-1")).statusCode())
        .as("the same request twice issues one note")
        .isEqualTo(409);
    HttpResponse<String> tooMuch = staff.post(credits, credit(subtotal, "Everything", "cn-2"));
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("left to credit");
    assertThat(staff.post(credits, credit(BigDecimal.ZERO, "Nothing", "cn-3")).statusCode())
        .isEqualTo(400);
    assertThat(staff.post(credits, "{\"amount\":1,\"reference\":\"cn-4\"}").statusCode())
        .as("a reason is required")
        .isEqualTo(400);
    assertThat(customer.post(credits, credit(part, "Self-service", "cn-5")).statusCode())
        .as("customers cannot credit themselves")
        .isEqualTo(403);
    assertThat(
            staff
                .post(
                    api(
                        shop,
                        "/admin/customers/" + other + "/invoices/" + invoiceId + "/credit-notes"),
                    credit(part, "Wrong customer", "cn-6"))
                .statusCode())
        .as("another customer's invoice is not found")
        .isEqualTo(404);

    BigDecimal rest = subtotal.subtract(part);
    HttpResponse<String> second = staff.post(credits, credit(rest, "Goodwill", "cn-7"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    JsonObject last = Http.json(second.body());
    assertThat(last.getString("number")).isEqualTo("CN-" + year + "-000002");
    assertThat(amount(last, "taxTotal"))
        .as("the last note takes exactly the rest of the tax")
        .isEqualByComparingTo(tax.subtract(share));
    assertThat(staff.post(credits, credit(new BigDecimal("0.01"), "More", "cn-8")).statusCode())
        .isEqualTo(400);

    Money after = shop.as(() -> wallets.balanceOf(shop.customerId()));
    assertThat(after.minus(before).amount()).isEqualByComparingTo(amount(invoice, "total"));
    assertThat(after).isEqualTo(shop.as(() -> wallets.ledgerSum(shop.customerId())));

    JsonObject reread = Http.json(customer.get(api(shop, "/invoices/" + invoiceId)).body());
    assertThat(reread.getJsonArray("creditNotes")).hasSize(2);
    assertThat(amount(reread, "total")).isEqualByComparingTo(amount(invoice, "total"));
    assertThat(Http.json(customer.get(api(shop, "/credit-notes")).body()).getJsonArray("data"))
        .hasSize(2);
    long noteId = note.getJsonNumber("id").longValue();
    Http otherCustomer = http.as("other@" + shop.tenant().slug() + ".test", "other-password");
    assertThat(otherCustomer.get(api(shop, "/credit-notes/" + noteId)).statusCode()).isEqualTo(404);

    assertThat(
            staff
                .put(
                    api(shop, "/admin/seller"),
                    "{\"legalName\":\"Acme Hosting GmbH\",\"address\":\"Hauptstrasse 9, Berlin\","
                        + "\"taxIds\":\"VAT DE987654321\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            staff
                .raw("PUT", api(shop, "/admin/seller/logo"), "image/png", TestImages.png(240, 80))
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> notAnImage =
        staff.raw(
            "PUT",
            api(shop, "/admin/seller/logo"),
            "image/png",
            "<svg/>".getBytes(StandardCharsets.UTF_8));
    assertThat(notAnImage.statusCode()).isEqualTo(400);
    assertThat(notAnImage.body()).contains("not a readable image");
    assertThat(
            staff
                .raw("PUT", api(shop, "/admin/seller/logo"), "image/png", new byte[300 * 1024])
                .statusCode())
        .isEqualTo(413);

    String invoicePdf = text(customer.getBytes(api(shop, "/invoices/" + invoiceId + "/pdf")));
    assertThat(invoicePdf)
        .as("the seller as it was when the invoice was issued")
        .contains("Old Name Ltd")
        .contains("Old Street 1, Leeds")
        .contains("VAT GB123456789")
        .doesNotContain("Acme Hosting GmbH")
        .contains("Hauptstrasse 1, Berlin")
        .contains("VAT 19 %")
        .contains("CN-" + year + "-000001");
    String notePdf = text(customer.getBytes(api(shop, "/credit-notes/" + noteId + "/pdf")));
    assertThat(notePdf)
        .contains("Old Name Ltd")
        .contains("Credit note CN-" + year + "-000001")
        .contains(invoice.getString("number"))
        .contains("Outage on the 4th");
    assertThat(
            staff
                .getBytes(
                    api(
                        shop,
                        "/admin/customers/"
                            + shop.customerId()
                            + "/credit-notes/"
                            + noteId
                            + "/pdf"))
                .statusCode())
        .isEqualTo(200);
  }

  private static String credit(BigDecimal amount, String reason, String reference) {
    return "{\"amount\":"
        + amount.toPlainString()
        + ",\"reason\":\""
        + reason
        + "\",\"reference\":\""
        + reference
        + "\"}";
  }

  private static BigDecimal amount(JsonObject object, String field) {
    return new BigDecimal(object.getJsonObject(field).getString("amount"));
  }

  private static String text(HttpResponse<byte[]> pdf) throws IOException {
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PdfReader reader = new PdfReader(pdf.body())) {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    }
  }
}
