package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.InvoicePdf;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.DocumentTexts;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoicing at the end of a month: one gaplessly numbered invoice per customer, taxes by country,
 * region, exemption and reverse charge, and credit notes with their own numbers that refund the
 * wallet. One deployment serves them all, since each deployment costs the suite about ten seconds.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicingScenarioIT {

  private static final BigDecimal FIFTY = new BigDecimal("50.00");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB TaxRules taxRules;
  @EJB BillingDetails billingDetails;
  @EJB Invoicing invoicing;
  @EJB UserAccounts accounts;
  @EJB Wallets wallets;
  @EJB SellerProfile seller;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void issuesOneGaplesslyNumberedInvoicePerCustomerAndMonthOnce() {
    YearMonth month = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
    Instant start = month.atDay(3).atTime(9, 15).toInstant(ZoneOffset.UTC);
    scenario.at(start);
    Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("invoicing"), new BigDecimal("10.00"));
    long second =
        tenants.signUpCustomer(shop.tenant(), "second@example.test", "Second", "second-password");
    shop.as(
        () ->
            wallets.credit(
                second,
                new BigDecimal("10.00"),
                "Test credit",
                UUID.randomUUID().toString(),
                "test"));
    scenario.runningServer(shop, shop.customerId(), "app-1");
    scenario.at(start);
    scenario.runningServer(shop, second, "app-2");
    Jobs.chargeUpTo(start.plus(Duration.ofHours(3)));

    Instant afterMonthEnd = month.plusMonths(1).atDay(1).atTime(0, 30).toInstant(ZoneOffset.UTC);
    scenario.at(afterMonthEnd);
    Jobs.invoiceAsOf(afterMonthEnd);
    Jobs.invoiceAsOf(afterMonthEnd);

    List<InvoiceSummary> first = shop.as(() -> invoicing.invoicesOf(shop.customerId()));
    List<InvoiceSummary> other = shop.as(() -> invoicing.invoicesOf(second));
    assertThat(first).hasSize(1);
    assertThat(other).hasSize(1);
    assertThat(List.of(first.get(0).number(), other.get(0).number()))
        .containsExactlyInAnyOrder(
            "INV-" + month.getYear() + "-000001", "INV-" + month.getYear() + "-000002");
    InvoiceSummary invoice = first.get(0);
    assertThat(invoice.periodStart()).isEqualTo(month.atDay(1));
    assertThat(invoice.periodEnd()).isEqualTo(month.atEndOfMonth());
    assertThat(invoice.lines()).hasSize(1);
    assertThat(invoice.lines().get(0).hours()).isEqualTo(4);
    assertThat(invoice.total().amount()).isEqualByComparingTo("0.04");
    assertThat(invoice.payments()).as("the month's top-up is listed as a payment").hasSize(1);
    assertThat(invoice.payments().get(0).amount().amount()).isEqualByComparingTo("10");

    List<?> mails =
        tenants
            .em()
            .createNativeQuery(
                "SELECT recipient || ' ' || subject || ' ' || body FROM "
                    + shop.tenant().schema().name()
                    + ".mail_outbox WHERE subject LIKE '%invoice INV-%' ORDER BY id")
            .getResultList();
    assertThat(mails).as("one mail per invoice, none for the re-run").hasSize(2);
    assertThat(mails.toString())
        .contains(TestTenants.customerEmail(shop))
        .contains(invoice.number())
        .contains("/portal/invoices.xhtml");

    byte[] pdf =
        shop.as(
            () ->
                InvoicePdf.render(
                    invoice,
                    shop.tenant().brand(),
                    seller.current(),
                    shop.tenant().name(),
                    "customer",
                    new DocumentTexts(Locale.ENGLISH, shop.tenant().timeZone())));
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF");
    assertThat(raw)
        .contains("Invoice " + invoice.number())
        .contains(shop.tenant().brand().productName());
  }

  @Test
  void taxesFollowCountryRegionExemptionAndReverseCharge() {
    YearMonth month = YearMonth.now(ZoneOffset.UTC).plusMonths(2);
    Instant start = month.atDay(3).atTime(9, 15).toInstant(ZoneOffset.UTC);
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("tax"), new BigDecimal("50.00"));
    long france = tenants.fundedCustomer(shop, "france", FIFTY);
    long quebec = tenants.fundedCustomer(shop, "quebec", FIFTY);
    long exempt = tenants.fundedCustomer(shop, "exempt", FIFTY);
    Http http = new Http(Http.localServer());
    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    Http germany = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);

    addRule(staff, shop, "{\"country\":\"de\",\"name\":\"VAT\",\"ratePercent\":19}");
    addRule(
        staff,
        shop,
        "{\"country\":\"FR\",\"name\":\"TVA\",\"ratePercent\":20,\"reverseCharge\":true}");
    addRule(staff, shop, "{\"country\":\"CA\",\"name\":\"GST\",\"ratePercent\":5}");
    addRule(
        staff,
        shop,
        "{\"country\":\"CA\",\"region\":\"QC\",\"name\":\"QST\",\"ratePercent\":9.975,"
            + "\"compound\":true,\"position\":2}");
    assertThat(
            staff
                .post(
                    api(shop, "/admin/tax-rules"),
                    "{\"country\":\"DE\",\"name\":\"VAT\"," + "\"ratePercent\":7}")
                .statusCode())
        .as("one VAT per country")
        .isEqualTo(409);
    for (String bad :
        new String[] {
          "{\"country\":\"XX\",\"name\":\"VAT\",\"ratePercent\":19}",
          "{\"country\":\"DE\",\"name\":\"VAT\",\"ratePercent\":0}",
          "{\"country\":\"DE\",\"name\":\"VAT\",\"ratePercent\":150}",
          "{\"country\":\"DE\",\"name\":\"\",\"ratePercent\":19}",
          "{\"country\":\"DE\",\"region\":\"Q C!\",\"name\":\"X\",\"ratePercent\":1}",
          "{\"country\":\"DE\",\"name\":\"X\",\"ratePercent\":1,\"position\":0}"
        }) {
      HttpResponse<String> refused = staff.post(api(shop, "/admin/tax-rules"), bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.body()).as(bad).contains("\"field\"");
    }
    assertThat(germany.get(api(shop, "/admin/tax-rules")).statusCode()).isEqualTo(403);

    HttpResponse<String> own =
        germany.put(
            api(shop, "/billing-details"),
            "{\"address\":\"Hauptstrasse 1, 10115 Berlin\",\"country\":\"de\","
                + "\"taxExempt\":true}");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(Http.json(own.body()).getString("country")).isEqualTo("DE");
    assertThat(Http.json(own.body()).getBoolean("taxExempt"))
        .as("customers cannot exempt themselves")
        .isFalse();
    assertThat(germany.put(api(shop, "/billing-details"), "{\"country\":\"Germany\"}").statusCode())
        .isEqualTo(400);
    assertThat(germany.put(api(shop, "/billing-details"), "{\"region\":\"QC\"}").statusCode())
        .as("a region needs a country")
        .isEqualTo(400);
    try (ViesStandIn vies = ViesStandIn.start().registering("FR40303265045", "SA ODIGEO")) {
      details(staff, shop, france, "{\"country\":\"FR\",\"taxId\":\"FR40303265045\"}");
      ViesStandIn.awaitCheck(
          staff, api(shop, "/admin/customers/" + france + "/billing-details"), "valid");
    }
    details(staff, shop, quebec, "{\"country\":\"CA\",\"region\":\"qc\"}");
    assertThat(
            staff
                .put(
                    api(shop, "/admin/customers/" + exempt + "/billing-details"),
                    "{\"country\":\"CA\",\"region\":\"QC\",\"taxExempt\":true}")
                .statusCode())
        .as("an exemption needs a tax id")
        .isEqualTo(400);
    details(
        staff,
        shop,
        exempt,
        "{\"country\":\"CA\",\"region\":\"QC\",\"taxId\":\"CA123456789RT0001\","
            + "\"taxExempt\":true}");

    for (long organisation : new long[] {shop.customerId(), france, quebec, exempt}) {
      scenario.at(start);
      scenario.runningServer(shop, organisation, "srv-" + organisation);
    }
    Jobs.chargeUpTo(start.plus(Duration.ofHours(47)));
    Instant afterMonthEnd = month.plusMonths(1).atDay(1).atTime(0, 30).toInstant(ZoneOffset.UTC);
    scenario.at(afterMonthEnd);
    Jobs.invoiceAsOf(afterMonthEnd);

    InvoiceSummary german = invoiceOf(shop, shop.customerId());
    BigDecimal net = german.subtotal().amount();
    assertThat(net).isPositive();
    assertThat(german.taxes()).extracting(InvoiceSummary.Tax::name).containsExactly("VAT");
    BigDecimal vat = net.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP);
    assertThat(german.taxTotal().amount()).isEqualByComparingTo(vat);
    assertThat(german.total().amount()).isEqualByComparingTo(net.add(vat));
    assertThat(german.billedTo()).contains("Hauptstrasse 1").contains("DE");
    assertThat(german.taxNote()).isNull();

    InvoiceSummary french = invoiceOf(shop, france);
    assertThat(french.taxes()).isEmpty();
    assertThat(french.total()).isEqualTo(french.subtotal());
    assertThat(french.taxNote()).startsWith("Reverse charge").contains("FR40303265045");

    InvoiceSummary quebecois = invoiceOf(shop, quebec);
    BigDecimal qcNet = quebecois.subtotal().amount();
    BigDecimal gst = qcNet.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
    BigDecimal qst =
        qcNet.add(gst).multiply(new BigDecimal("0.09975")).setScale(2, RoundingMode.HALF_UP);
    assertThat(quebecois.taxes())
        .extracting(t -> t.name() + " " + t.amount().roundedToMinorUnit().toPlainString())
        .containsExactly("GST " + gst.toPlainString(), "QST " + qst.toPlainString());
    assertThat(quebecois.total().amount()).isEqualByComparingTo(qcNet.add(gst).add(qst));

    InvoiceSummary exempted = invoiceOf(shop, exempt);
    assertThat(exempted.taxes()).isEmpty();
    assertThat(exempted.taxNote()).contains("exempt").contains("CA123456789RT0001");

    JsonObject listed =
        Http.json(germany.get(api(shop, "/invoices")).body()).getJsonArray("data").getJsonObject(0);
    assertThat(listed.getJsonArray("taxes").getJsonObject(0).getString("ratePercent"))
        .isEqualTo("19");
    assertThat(listed.getJsonObject("taxTotal").getString("amount"))
        .isEqualTo(vat.stripTrailingZeros().toPlainString());

    Jobs.invoiceAsOf(afterMonthEnd);
    assertThat(taxRows(shop))
        .as("tax is charged once per invoice, re-runs add nothing")
        .isEqualTo(2);
    for (long organisation : new long[] {shop.customerId(), france, quebec, exempt}) {
      assertThat(shop.as(() -> wallets.balanceOf(organisation)))
          .as("balance equals the ledger")
          .isEqualTo(shop.as(() -> wallets.ledgerSum(organisation)));
    }
    Object charged =
        tenants
            .em()
            .createNativeQuery(
                "SELECT amount FROM "
                    + shop.tenant().schema().name()
                    + ".ledger_entries WHERE reference = ?1")
            .setParameter(1, "tax:" + german.number())
            .getSingleResult();
    assertThat((BigDecimal) charged).isEqualByComparingTo(vat.negate());

    long vatRule =
        Http.jsonArray(staff.get(api(shop, "/admin/tax-rules")).body()).stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("country").equals("DE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertThat(staff.delete(api(shop, "/admin/tax-rules/" + vatRule)).statusCode()).isEqualTo(204);
    assertThat(invoiceOf(shop, shop.customerId()).taxTotal().amount())
        .as("issued invoices keep their taxes")
        .isEqualByComparingTo(vat);
  }

  private static void addRule(Http staff, Fixture shop, String rule) {
    HttpResponse<String> added = staff.post(api(shop, "/admin/tax-rules"), rule);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
  }

  private static void details(Http staff, Fixture shop, long organisation, String body) {
    HttpResponse<String> changed =
        staff.put(api(shop, "/admin/customers/" + organisation + "/billing-details"), body);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  private InvoiceSummary invoiceOf(Fixture shop, long organisation) {
    return shop.as(() -> invoicing.invoicesOf(organisation)).get(0);
  }

  private long taxRows(Fixture shop) {
    return ((Number)
            tenants
                .em()
                .createNativeQuery(
                    "SELECT count(*) FROM "
                        + shop.tenant().schema().name()
                        + ".ledger_entries WHERE type = 'TAX'")
                .getSingleResult())
        .longValue();
  }

  static String api(Fixture shop, String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
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
          seller.change(
              "Old Name Ltd",
              "Old Street 1, Leeds",
              "VAT GB123456789",
              "Payable within 14 days to IBAN GB29 NWBK 6016 1331 9268 19",
              "test");
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
    // the hours up to the test's now charged first: the hourly timer, should the real clock strike
    // the hour meanwhile, then finds nothing to take between the two balances
    Jobs.chargeUpTo(afterMonthEnd);
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
                        + "\"taxIds\":\"VAT DE987654321\",\"invoiceNote\":\"Pay us in gold\"}")
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
        .contains("Payable within 14 days to IBAN GB29 NWBK 6016 1331 9268 19")
        .doesNotContain("Pay us in gold")
        .contains("Hauptstrasse 1, Berlin")
        .contains("VAT 19 %")
        .contains("CN-" + year + "-000001");
    String invoiceNumber = invoice.getString("number");
    Http inGerman = customer.withHeader("Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
    assertThat(text(inGerman.getBytes(api(shop, "/invoices/" + invoiceId + "/pdf"))))
        .as("in the language the reader's browser asks for, amounts as German writes them")
        .contains("Rechnung " + invoiceNumber, "Rechnungsempf\u00e4nger", "Zwischensumme", "Gesamt")
        .containsPattern("\\d+,\\d\\d\\h+\u20ac")
        .doesNotContain("Subtotal");
    HttpResponse<byte[]> statement = inGerman.getBytes(api(shop, "/transactions.pdf"));
    assertThat(statement.statusCode()).isEqualTo(200);
    String ledger;
    try (PdfReader reader = new PdfReader(statement.body())) {
      StringBuilder pages = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
      }
      ledger = pages.toString();
    }
    assertThat(ledger)
        .as("what the invoicing run and the credit notes wrote on the ledger, said in German")
        .contains("Gutschrift CN-" + year + "-000001")
        .doesNotContain("Credit note CN-");
    assertThat(
            tenants
                .em()
                .createNativeQuery(
                    "SELECT wording || ' ' || wording_values FROM "
                        + shop.tenant().schema().name()
                        + ".ledger_entries WHERE reference IN ('tax:' || ?1, 'usage:' || ("
                        + "SELECT min(id) FROM "
                        + shop.tenant().schema().name()
                        + ".usage_charges)) ORDER BY reference")
                .setParameter(1, invoiceNumber)
                .getResultList())
        .as("the invoicing run's tax and the hourly run's charges keep their wording too")
        .satisfiesExactly(
            taxRow -> assertThat(taxRow).isEqualTo("INVOICE_TAX [\"" + invoiceNumber + "\"]"),
            usageRow -> assertThat(usageRow).asString().matches("SERVER_HOUR \\[\"\\d+\"\\]"));
    assertThat(customer.put(api(shop, "/account/language"), "{\"language\":\"en\"}").statusCode())
        .isEqualTo(200);
    assertThat(text(inGerman.getBytes(api(shop, "/credit-notes/" + noteId + "/pdf"))))
        .as("the language the reader chose for the portal comes before the browser's")
        .contains("Credit note CN-" + year + "-000001", "Total credited to your balance")
        .doesNotContain("Gutschrift");
    customer.put(api(shop, "/account/language"), "{\"language\":null}");

    HttpResponse<byte[]> sample = staff.getBytes(api(shop, "/admin/brand/invoice-preview.pdf"));
    assertThat(sample.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("inline"));
    assertThat(text(sample))
        .as("the brand's sample invoice: made up, with the seller and note as they are now")
        .contains("Invoice SAMPLE-0001", "Jane Doe", "Acme Hosting GmbH", "Pay us in gold")
        .contains(shop.tenant().brand().productName(), "Top-up by Test gateway")
        .doesNotContain("Old Name Ltd");
    assertThat(
            text(
                staff
                    .withHeader("Accept-Language", "de")
                    .getBytes(api(shop, "/admin/brand/invoice-preview.pdf"))))
        .contains("Rechnung MUSTER-0001", "Aufladung \u00fcber Test-Zahlungsanbieter");
    assertThat(customer.get(api(shop, "/admin/brand/invoice-preview.pdf")).statusCode())
        .isEqualTo(403);
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
