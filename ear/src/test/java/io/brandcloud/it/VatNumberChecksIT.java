package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.vat.application.TaxIdChecker;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An EU VAT number from entry to reverse charge: its shape checked on entry, the EU's VIES (a
 * stand-in) asked on the seller's behalf once the change commits and again after an outage, tax
 * charged while it waits (VIES is down until the invoice is issued) and when VIES says no, reverse
 * charge once it confirmed the number, and the consultation number kept as proof where the customer
 * and staff can read it; a month on, a confirmed number is asked about again, stays confirmed while
 * VIES cannot answer, and is charged tax once VIES says it is deregistered.
 */
@ExtendWith(ArquillianExtension.class)
class VatNumberChecksIT {

  private static final BigDecimal HUNDRED = new BigDecimal("100.00");
  private static final String REGISTERED = "FR40303265045";

  @Inject TestTenants tenants;
  @EJB ManualInvoices manual;
  @EJB TaxIdChecker checker;
  @Resource UserTransaction transaction;

  @Test
  void aVatNumberPaysTaxUntilViesConfirmsItAndIsReverseChargedAfter() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("vies"), new BigDecimal("500"));
    Http staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    Http customer = TestTenants.customerLogin(shop);
    sellsToFranceFromGermany(shop, staff);
    String details = api(shop, "/billing-details");
    String staffView = api(shop, "/admin/customers/" + shop.customerId() + "/billing-details");

    try (ViesStandIn vies = ViesStandIn.start().registering(REGISTERED, "SA ODIGEO").down()) {
      HttpResponse<String> malformed =
          customer.put(details, "{\"country\":\"FR\",\"taxId\":\"FR123\"}");
      assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
      JsonObject error = Http.json(malformed.body()).getJsonObject("error");
      assertThat(error.getJsonObject("details").getString("field")).isEqualTo("taxId");
      assertThat(error.getString("message")).contains("FR12345678901");
      assertThat(vies.asked()).as("a malformed number never reaches VIES").isEmpty();

      HttpResponse<String> entered =
          customer.put(details, "{\"country\":\"FR\",\"taxId\":\"FR 403 032 650 45\"}");
      ok(entered, 200);
      assertThat(Http.json(entered.body()).getJsonObject("taxIdCheck").getString("status"))
          .as("the first question meets a member state that is down")
          .isEqualTo("pending");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !vies.asked().isEmpty() && pendingError(customer, details));
      InvoiceSummary whileWaiting = issued(shop);
      vies.up();

      JsonObject valid = ViesStandIn.awaitCheck(customer, details, "valid");
      assertThat(valid.getString("vatNumber")).isEqualTo(REGISTERED);
      assertThat(valid.getString("consultationNumber")).startsWith("WAPIAAAA");
      assertThat(valid.getString("registeredName")).isEqualTo("SA ODIGEO");
      assertThat(valid.getString("checkedAt")).isNotBlank();
      assertThat(valid.getInt("attempts")).as("asked again after the outage").isGreaterThan(1);
      int askedSoFar = vies.asked().size();
      assertThat(vies.asked())
          .hasSize(valid.getInt("attempts"))
          .allSatisfy(
              question -> {
                assertThat(question.getString("countryCode")).isEqualTo("FR");
                assertThat(question.getString("vatNumber")).isEqualTo("40303265045");
                assertThat(question.getString("requesterMemberStateCode")).isEqualTo("DE");
                assertThat(question.getString("requesterNumber")).isEqualTo("987654321");
              });
      assertThat(Http.json(staff.get(staffView).body()).getJsonObject("taxIdCheck").toString())
          .as("staff read the same proof")
          .contains(valid.getString("consultationNumber"));
      assertThat(whileWaiting.taxTotal().amount()).isEqualByComparingTo("20.00");
      assertThat(whileWaiting.taxNote()).contains("not yet confirmed");

      InvoiceSummary confirmed = issued(shop);
      assertThat(confirmed.taxTotal().amount()).isEqualByComparingTo("0.00");
      assertThat(confirmed.taxNote()).startsWith("Reverse charge").contains("FR 403 032 650 45");

      ok(customer.put(details, "{\"country\":\"FR\",\"taxId\":\"FR99999999999\"}"), 200);
      ViesStandIn.awaitCheck(customer, details, "invalid");
      InvoiceSummary refused = issued(shop);
      assertThat(refused.taxTotal().amount()).isEqualByComparingTo("20.00");
      assertThat(refused.taxNote()).contains("not valid");

      HttpResponse<String> removed = customer.put(details, "{\"country\":\"FR\",\"taxId\":\"\"}");
      ok(removed, 200);
      assertThat(Http.json(removed.body()).containsKey("taxIdCheck")).isFalse();
      assertThat(vies.asked()).as("nothing more to ask").hasSize(askedSoFar + 1);
    }
  }

  @Test
  void aConfirmedNumberIsAskedAboutAgainAfterAMonthAndLosesReverseChargeOnceDeregistered()
      throws Exception {
    Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("vies-again"), new BigDecimal("500"));
    Http staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    Http customer = TestTenants.customerLogin(shop);
    sellsToFranceFromGermany(shop, staff);
    String details = api(shop, "/billing-details");
    try (ViesStandIn vies = ViesStandIn.start().registering(REGISTERED, "SA ODIGEO")) {
      ok(customer.put(details, "{\"country\":\"FR\",\"taxId\":\"FR40303265045\"}"), 200);
      String consultation =
          ViesStandIn.awaitCheck(customer, details, "valid").getString("consultationNumber");
      checker.recheckEveryTenant();
      assertThat(checks(shop)).as("confirmed today: nothing to ask again").isEqualTo(1);

      vies.down().deregistering(REGISTERED);
      update(
          shop,
          "UPDATE tax_id_checks SET answered_at = answered_at - interval '31 days'"
              + " WHERE status = 'VALID'");
      checker.recheckEveryTenant();
      assertThat(checks(shop)).as("asked about again a month on").isEqualTo(2);
      await().atMost(Duration.ofSeconds(30)).until(() -> vies.asked().size() > 1);
      JsonObject meanwhile = Http.json(customer.get(details).body()).getJsonObject("taxIdCheck");
      assertThat(meanwhile.getString("status"))
          .as("still confirmed while VIES cannot answer")
          .isEqualTo("valid");
      assertThat(meanwhile.getString("consultationNumber")).isEqualTo(consultation);
      assertThat(issued(shop).taxTotal().amount()).isEqualByComparingTo("0.00");

      vies.up();
      ViesStandIn.awaitCheck(customer, details, "invalid");
      InvoiceSummary deregistered = issued(shop);
      assertThat(deregistered.taxTotal().amount()).isEqualByComparingTo("20.00");
      assertThat(deregistered.taxNote()).contains("not valid");
      checker.recheckEveryTenant();
      assertThat(checks(shop)).as("a number VIES refused is not asked about again").isEqualTo(2);
    }
  }

  private long checks(Fixture shop) {
    return shop.as(
        () ->
            ((Number)
                    tenants
                        .em()
                        .createNativeQuery("SELECT count(*) FROM tax_id_checks")
                        .getSingleResult())
                .longValue());
  }

  private void update(Fixture shop, String sql) throws Exception {
    transaction.begin();
    shop.as(() -> tenants.em().createNativeQuery(sql).executeUpdate());
    transaction.commit();
  }

  @Test
  void aNumberOfACountryViesDoesNotKeepIsNeitherShapedNorAsked() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("vies-ch"), new BigDecimal("10"));
    Http customer = TestTenants.customerLogin(shop);
    try (ViesStandIn vies = ViesStandIn.start()) {
      HttpResponse<String> swiss =
          customer.put(
              api(shop, "/billing-details"), "{\"country\":\"CH\",\"taxId\":\"CHE-123.456.789\"}");
      ok(swiss, 200);
      assertThat(Http.json(swiss.body()).containsKey("taxIdCheck")).isFalse();
      assertThat(vies.asked()).isEmpty();
    }
  }

  /**
   * French VAT with reverse charge, and a seller whose profile names its German VAT number, which
   * VIES is asked on behalf of.
   */
  private static void sellsToFranceFromGermany(Fixture shop, Http staff) {
    ok(
        staff.post(
            api(shop, "/admin/tax-rules"),
            "{\"country\":\"FR\",\"name\":\"TVA\",\"ratePercent\":20,\"reverseCharge\":true}"),
        201);
    ok(
        staff.put(
            api(shop, "/admin/seller"),
            "{\"legalName\":\"Vies Hosting GmbH\",\"taxIds\":\"USt-IdNr. DE 987 654 321\"}"),
        200);
  }

  /** Whether the tax id check waits and says why: VIES was asked and could not answer. */
  private static boolean pendingError(Http customer, String details) {
    JsonObject check = Http.json(customer.get(details).body()).getJsonObject("taxIdCheck");
    return check.getString("status").equals("pending") && check.containsKey("lastError");
  }

  /** An invoice of 100.00 issued to the shop's customer. */
  private InvoiceSummary issued(Fixture shop) {
    long draft =
        shop.as(
            () ->
                manual.draft(
                    shop.customerId(),
                    List.of(new ManualInvoices.LineInput("Setup", HUNDRED)),
                    14,
                    "t"));
    return shop.as(() -> manual.issue(shop.customerId(), draft, "t"));
  }

  private static void ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  private static String api(Fixture shop, String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
