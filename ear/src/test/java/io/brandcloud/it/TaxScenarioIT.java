package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
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
 * Month-end invoices under the tenant's tax rules: by the customer's country and region, a compound
 * tax, a tax-exempt customer and a reverse charge; the tax is charged to the prepaid wallet once,
 * and a later rule change leaves issued invoices alone.
 */
@ExtendWith(ArquillianExtension.class)
class TaxScenarioIT {

  private static final BigDecimal FIFTY = new BigDecimal("50.00");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(TaxScenarioIT.class, Scenario.class, Jobs.class);
  }

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Invoicing invoicing;
  @EJB Wallets wallets;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
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
    details(staff, shop, france, "{\"country\":\"FR\",\"taxId\":\"FR40303265045\"}");
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
}
