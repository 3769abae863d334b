package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.payments.testgateway.TestCheckoutDesk;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An owner closes their organisation once nothing is owed or runs in it: what is left is named
 * first; the balance stays as a credit or, where the shop says so, goes back to the card; a
 * personal account's login closes with it, a team's owner keeps theirs; staff list closed accounts
 * apart.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationClosingIT {

  private static final String SECRET = "tgsec_closing_secret";

  @Inject TestTenants tenants;
  @EJB TenantSettings settings;
  @EJB TestCheckoutDesk desk;

  private Fixture shop;
  private Http customer;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("closing"), new BigDecimal("12.50"));
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @Test
  void anOwnerClosesOnceNothingIsOwedAndTheShopKeepsTheBalance() {
    String organisation = api("/organisations/" + shop.customerId());
    HttpResponse<String> overdrawn =
        staff.post(
            api("/admin/customers/" + shop.customerId() + "/debits"),
            "{\"amount\":\"20\",\"reason\":\"Setup work\",\"reference\":\"close-1\","
                + "\"overdraw\":true}");
    assertThat(overdrawn.statusCode()).as(overdrawn.body()).isEqualTo(200);
    JsonObject closure = Http.json(customer.get(organisation + "/closure").body());
    assertThat(closure.getJsonArray("obstacles").getJsonObject(0).getString("kind"))
        .isEqualTo("negative_balance");
    assertThat(
            closure
                .getJsonArray("obstacles")
                .getJsonObject(0)
                .getJsonObject("amount")
                .getString("amount"))
        .isEqualTo("7.5");
    HttpResponse<String> refused = customer.post(organisation + "/close", password());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("a balance of -7.5");

    staff.post(
        api("/admin/customers/" + shop.customerId() + "/credits"),
        "{\"amount\":\"10\",\"reason\":\"Goodwill\",\"reference\":\"close-2\"}");
    closure = Http.json(customer.get(organisation + "/closure").body());
    assertThat(closure.getJsonArray("obstacles")).isEmpty();
    assertThat(closure.getJsonObject("balance").getString("amount")).isEqualTo("2.5");
    assertThat(closure.getString("balanceOutcome")).isEqualTo("keep");
    assertThat(
            customer
                .post(organisation + "/close", "{\"currentPassword\":\"not-it-at-all\"}")
                .statusCode())
        .isEqualTo(400);

    HttpResponse<String> closed = customer.post(organisation + "/close", password());
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(Http.json(closed.body()).getBoolean("loginClosed")).isTrue();
    HttpResponse<String> after = customer.get(api("/me"));
    assertThat(after.statusCode()).isEqualTo(403);
    assertThat(after.body()).contains("account_disabled");

    assertThat(staff.get(api("/admin/customers")).body())
        .doesNotContain(TestTenants.customerEmail(shop));
    String closedOnes = staff.get(api("/admin/customers?state=closed")).body();
    assertThat(closedOnes).contains(TestTenants.customerEmail(shop)).contains("\"closedAt\"");
    assertThat(staff.get(api("/admin/customers?state=gone")).statusCode()).isEqualTo(400);
    assertThat(
            Http.json(staff.get(api("/admin/customers/" + shop.customerId())).body())
                .getJsonObject("balance")
                .getString("amount"))
        .as("kept as a credit on the closed account")
        .isEqualTo("2.5");
    assertThat(staff.get(api("/admin/audit?action=organisation.closed")).body())
        .contains("login closed");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(staff.get(api("/admin/outbox")).body())
                    .contains("is closed")
                    .contains("2.50 stays as a credit"));
    assertThat(staff.get(api("/admin/exports/customers.csv")).body().lines())
        .filteredOn(line -> line.contains(TestTenants.customerEmail(shop)))
        .singleElement()
        .asString()
        .contains("\"disabled\"")
        .doesNotEndWith(",");
  }

  @Test
  void whereTheShopRefundsTheBalanceGoesBackToTheCardAndAStaffCreditStays() {
    shop.as(() -> settings.change(SettingsChange.closedBalance("refund"), "test"));
    HttpResponse<String> gateway =
        staff.put(
            api("/admin/payment-gateways/test"),
            "{\"webhookSecret\":\""
                + SECRET
                + "\",\"minAmount\":\"5\",\"maxAmount\":\"500\",\"presets\":[\"10\",\"25\"]}");
    assertThat(gateway.statusCode()).as(gateway.body()).isEqualTo(200);
    JsonObject payment =
        Http.json(
            customer.post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"20\"}").body());
    String url = payment.getString("checkoutUrl");
    shop.as(() -> desk.pay(url.substring(url.indexOf("session=") + 8), "4242"));
    await().atMost(Duration.ofSeconds(30)).until(() -> balance().equals("32.5"));

    String organisation = api("/organisations/" + shop.customerId());
    assertThat(
            Http.json(customer.get(organisation + "/closure").body()).getString("balanceOutcome"))
        .isEqualTo("refund");
    assertThat(customer.post(organisation + "/close", password()).statusCode()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(30)).until(() -> staffBalance().equals("12.5"));
    assertThat(staff.get(api("/admin/refunds")).body())
        .contains("\"status\":\"succeeded\"")
        .contains("Account closed");
    assertThat(staff.get(api("/admin/outbox")).body())
        .contains("20.00 goes back to the cards")
        .contains("12.50 stays as a credit");
  }

  @Test
  void aTeamClosesForItsMembersWhileItsOwnerKeepsTheirLogin() {
    HttpResponse<String> created =
        customer.post(api("/organisations"), "{\"name\":\"Short-lived team\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long team = Http.json(created.body()).getJsonNumber("id").longValue();

    HttpResponse<String> closed =
        customer.post(api("/organisations/" + team + "/close"), password());
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(Http.json(closed.body()).getBoolean("loginClosed")).isFalse();
    assertThat(customer.get(api("/organisations/" + team)).statusCode()).isEqualTo(404);
    assertThat(customer.get(api("/me")).statusCode()).isEqualTo(200);
    assertThat(customer.get(api("/organisations")).body()).doesNotContain("Short-lived team");
    assertThat(customer.post(api("/organisations/" + team + "/close"), password()).statusCode())
        .as("closed already: gone")
        .isEqualTo(404);
  }

  private String balance() {
    return Http.json(customer.get(api("/balance")).body())
        .getJsonObject("balance")
        .getString("amount");
  }

  private String staffBalance() {
    return Http.json(staff.get(api("/admin/customers/" + shop.customerId())).body())
        .getJsonObject("balance")
        .getString("amount");
  }

  private static String password() {
    return "{\"currentPassword\":\"" + TestTenants.CUSTOMER_PASSWORD + "\"}";
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
