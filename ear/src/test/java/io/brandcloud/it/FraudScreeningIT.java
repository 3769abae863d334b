package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.payments.testgateway.TestCheckoutDesk;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fraud screening as a shop runs it: each rule trips a sign-up or an order into review or refusal,
 * staff work the queue (an approved order is built, a denied one never reaches the provider, a
 * denied sign-up can no longer log in), keep the block list, and set the rules. Every test has a
 * tenant of its own: the per-network rate counts every check of the tenant.
 */
@ExtendWith(ArquillianExtension.class)
class FraudScreeningIT {

  private static final Instant START = Instant.parse("2026-04-14T10:00:00Z");
  private static final String PASSWORD = TestTenants.CUSTOMER_PASSWORD;

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Products products;
  @EJB TestCheckoutDesk desk;
  @EJB TenantSettings settings;

  private Fixture shop;
  private Http anyone;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("fraud"), new BigDecimal("200.00"));
    // the waits below read the queue over the API
    shop.as(() -> settings.change(SettingsChange.apiRequestsPerMinute(10_000), "test"));
    anyone = new Http(Http.localServer());
    staff = anyone.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void signUpsAreHeldOrRefusedByDisposableDomainAndNetworkRate() {
    policy(
        "{\"rules\":[{\"rule\":\"disposable_email\",\"enabled\":true},"
            + "{\"rule\":\"address_rate\",\"enabled\":true,\"weight\":50,\"limit\":2}],"
            + "\"reviewScore\":40,\"denyScore\":100}");

    String throwaway = "someone@mailinator.com";
    assertThat(register(throwaway).statusCode()).isEqualTo(201);
    JsonObject held = onlyPending();
    assertThat(held.getString("kind")).isEqualTo("sign_up");
    assertThat(held.getString("email")).isEqualTo(throwaway);
    assertThat(held.getInt("score")).isEqualTo(60);
    assertThat(signal(held, 0)).isEqualTo("disposable_email 60 mailinator.com");
    assertThat(held.getString("network")).endsWith("/24");

    assertThat(register("second@" + domain()).statusCode())
        .as("one earlier sign-up from the network: below the limit")
        .isEqualTo(201);
    assertThat(pending()).hasSize(1);
    assertThat(register("third@" + domain()).statusCode()).isEqualTo(201);
    JsonObject rated = pending().getJsonObject(0);
    assertThat(rated.getString("email")).isEqualTo("third@" + domain());
    assertThat(signal(rated, 0)).startsWith("address_rate 50 2 / ");

    HttpResponse<String> refused = register("fourth@yopmail.com");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(Http.json(refused.body()).getJsonObject("error").getString("code"))
        .isEqualTo("not_accepted");
    assertThat(refused.body()).doesNotContain("yopmail").doesNotContain("disposable");
    assertThat(tenants.strings(shop, "SELECT email FROM users WHERE email = 'fourth@yopmail.com'"))
        .as("no account for a refused sign-up")
        .isEmpty();
    JsonObject refusedCheck = checks("refused").getJsonObject(0);
    assertThat(refusedCheck.getString("outcome")).isEqualTo("deny");
    assertThat(refusedCheck.getInt("score")).isEqualTo(110);
    assertThat(refusedCheck.containsKey("status")).as("nothing to decide").isFalse();

    Http held2 = verified(throwaway);
    HttpResponse<String> order = held2.post(api("/servers"), serverOrder("held-1"));
    assertThat(order.statusCode()).as(order.body()).isEqualTo(409);
    assertThat(Http.json(order.body()).getJsonObject("error").getString("code"))
        .isEqualTo("account_under_review");

    long check = held.getJsonNumber("id").longValue();
    HttpResponse<String> noReason = staff.post(api("/admin/fraud/checks/" + check + "/deny"), "{}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    HttpResponse<String> denied =
        staff.post(
            api("/admin/fraud/checks/" + check + "/deny"), "{\"reason\":\"Throwaway address\"}");
    assertThat(denied.statusCode()).as(denied.body()).isEqualTo(200);
    assertThat(Http.json(denied.body()).getString("status")).isEqualTo("denied");
    assertThat(staff.post(api("/admin/fraud/checks/" + check + "/approve"), "{}").statusCode())
        .as("decided once")
        .isEqualTo(409);
    await("the denied sign-up's login is closed")
        .atMost(Duration.ofSeconds(30))
        .until(() -> held2.get(api("/me")).statusCode() == 403);
    assertThat(held2.get(api("/me")).body()).contains("account_disabled");
    assertThat(audit()).contains("fraud.denied").contains("fraud.refused");
  }

  @Test
  void aLargeFirstOrderWaitsUntilApprovedAndADeniedOneIsNeverBuilt() {
    SimulatorWork work = new SimulatorWork(scenario, tenants, shop, staff);
    work.at(START);
    policy(
        "{\"rules\":[{\"rule\":\"first_order_above\",\"enabled\":true,\"weight\":40,"
            + "\"limit\":5}]}");
    Fixture second = tenants.anotherCustomer(shop, new BigDecimal("200.00"));
    Http first = TestTenants.customerLogin(shop);
    Http other = anyone.as(email(second), PASSWORD);

    JsonObject denyMe = ordered(first, "deny-me");
    JsonObject approveMe = ordered(other, "approve-me");
    assertThat(denyMe.getBoolean("heldForReview")).isTrue();
    assertThat(denyMe.getString("status")).isEqualTo("pending");
    JsonArray queue = pending();
    assertThat(queue).hasSize(2);
    JsonObject check = queue.getJsonObject(0);
    assertThat(check.getString("kind")).isEqualTo("order");
    assertThat(check.getString("subject")).isEqualTo("approve-me on Small");
    assertThat(check.getJsonObject("monthlyValue").getString("amount")).isEqualTo("7.3");
    assertThat(signal(check, 0)).startsWith("first_order_above 40 ");
    JsonObject withdrawMe = ordered(first, "withdraw-me");
    assertThat(withdrawMe.getBoolean("heldForReview"))
        .as("an order still held is no order yet: the next one is a first order too")
        .isTrue();
    long withdrawn = withdrawMe.getJsonNumber("id").longValue();
    HttpResponse<String> reboot =
        first.post(api("/servers/" + withdrawn + "/actions"), "{\"type\":\"reboot\"}");
    assertThat(reboot.statusCode()).as(reboot.body()).isEqualTo(409);
    assertThat(reboot.body()).contains("still being checked");
    HttpResponse<String> deleted = first.delete(api("/servers/" + withdrawn));
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(202);
    assertThat(Http.json(deleted.body()).getString("outcome")).isEqualTo("The order was withdrawn");
    assertThat(status(first, withdrawn)).isEqualTo("terminated");
    JsonObject withdrawal = checks("withdrawn").getJsonObject(0);
    assertThat(withdrawal.getString("subject")).isEqualTo("withdraw-me on Small");
    assertThat(withdrawal.getString("decidedBy")).isEqualTo(TestTenants.customerEmail(shop));

    long approve = check.getJsonNumber("id").longValue();
    assertThat(staff.post(api("/admin/fraud/checks/" + approve + "/approve"), "").statusCode())
        .isEqualTo(200);
    long approved = approveMe.getJsonNumber("id").longValue();
    long held = denyMe.getJsonNumber("id").longValue();
    await("the approved order is built")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              work.at(work.now().plusSeconds(5));
              return "running".equals(status(other, approved));
            });
    assertThat(status(first, held))
        .as("the order still held was not touched while the other was built")
        .isEqualTo("pending");
    assertThat(
            tenants.strings(
                shop,
                "SELECT coalesce(s.external_id, 'none') || ' ' || a.status FROM servers s"
                    + " JOIN server_actions a ON a.server_id = s.id WHERE s.id = "
                    + held))
        .containsExactly("none REQUESTED");

    long deny = queue.getJsonObject(1).getJsonNumber("id").longValue();
    assertThat(queue.getJsonObject(1).getString("subject")).isEqualTo("deny-me on Small");
    assertThat(
            staff
                .post(api("/admin/fraud/checks/" + deny + "/deny"), "{\"reason\":\"Card fraud\"}")
                .statusCode())
        .isEqualTo(200);
    await("the denied order ends")
        .atMost(Duration.ofSeconds(30))
        .until(() -> "terminated".equals(status(first, held)));
    assertThat(first.get(api("/servers/" + held + "/actions")).body())
        .contains("The order was declined");
    assertThat(OwnMail.lastBodyTo(shop.tenant(), TestTenants.customerEmail(shop), "deny-me"))
        .contains("We cannot accept the order for the server deny-me")
        .doesNotContain("Card fraud");
    assertThat(
            tenants.strings(
                shop, "SELECT count(*)::text FROM usage_charges WHERE server_id = " + held))
        .containsExactly("0");
    assertThat(ordered(other, "not-first").getBoolean("heldForReview"))
        .as("an organisation whose order was built is no first-time customer")
        .isFalse();
    assertThat(pending()).isEmpty();
  }

  @Test
  void aSubscriptionOrderTheRulesHoldIsRefusedUntilStaffApproveTheCustomer() {
    long product =
        shop.as(
            () ->
                products
                    .price(
                        products.create("service", "Managed firewall", "", "Services").id(),
                        "annual",
                        new BigDecimal("120.00"),
                        null,
                        0)
                    .id());
    policy(
        "{\"rules\":[{\"rule\":\"first_order_above\",\"enabled\":true,\"weight\":40,"
            + "\"limit\":9}]}");
    Http customer = TestTenants.customerLogin(shop);
    String order =
        "{\"productId\":" + product + ",\"cycle\":\"annual\",\"reference\":\"fraud-%d\"}";
    HttpResponse<String> held = customer.post(api("/subscriptions"), order.formatted(1));
    assertThat(held.statusCode()).as(held.body()).isEqualTo(409);
    assertThat(Http.json(held.body()).getJsonObject("error").getString("code"))
        .isEqualTo("order_under_review");
    assertThat(tenants.balance(shop)).as("nothing paid").isEqualByComparingTo("200.00");
    JsonObject check = onlyPending();
    assertThat(check.getString("subject")).isEqualTo("Managed firewall, annual");
    assertThat(check.getJsonObject("monthlyValue").getString("amount"))
        .as("a year's price weighed by the month")
        .isEqualTo("10");

    long id = check.getJsonNumber("id").longValue();
    assertThat(staff.post(api("/admin/fraud/checks/" + id + "/approve"), "{}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> ordered = customer.post(api("/subscriptions"), order.formatted(2));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    assertThat(tenants.balance(shop)).isEqualByComparingTo("80.00");
  }

  @Test
  void aLargeFirstTopUpIsRefusedUntilStaffApproveAndALaterOneGoesThrough() {
    acceptTestPayments();
    policy(
        "{\"rules\":[{\"rule\":\"first_order_above\",\"enabled\":true,\"weight\":40,"
            + "\"limit\":20}]}");
    Http customer = TestTenants.customerLogin(shop);
    assertThat(
            customer
                .post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"10\"}")
                .statusCode())
        .as("below the limit")
        .isEqualTo(201);
    HttpResponse<String> held =
        customer.post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"25\"}");
    assertThat(held.statusCode()).as(held.body()).isEqualTo(409);
    assertThat(Http.json(held.body()).getJsonObject("error").getString("code"))
        .isEqualTo("order_under_review");
    JsonObject check = onlyPending();
    assertThat(check.getString("kind")).isEqualTo("top_up");
    assertThat(check.getString("subject")).startsWith("Top-up of ");
    assertThat(tenants.strings(shop, "SELECT count(*)::text FROM payments"))
        .as("only the allowed top-up was started")
        .containsExactly("1");

    long id = check.getJsonNumber("id").longValue();
    assertThat(staff.post(api("/admin/fraud/checks/" + id + "/approve"), "{}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> again =
        customer.post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"25\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    await("the customer told to wait hears they may go on")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        OwnMail.lastBodyTo(
                            shop.tenant(), TestTenants.customerEmail(shop), "checked your account"))
                    .contains("It is cleared"));
  }

  @Test
  void aTopUpPaidByAForeignOrSharedCardHoldsTheAccountAndIsRefundedWhenDenied() {
    acceptTestPayments();
    policy(
        "{\"rules\":[{\"rule\":\"card_country\",\"enabled\":true},"
            + "{\"rule\":\"card_shared\",\"enabled\":true,\"limit\":1}]}");
    Http customer = TestTenants.customerLogin(shop);
    HttpResponse<String> billing =
        customer.put(api("/billing-details"), "{\"address\":\"Hauptstr. 1\",\"country\":\"DE\"}");
    assertThat(billing.statusCode()).as(billing.body()).isEqualTo(200);

    long payment = paidTopUp(customer, "25");
    JsonObject check =
        await("the card is screened")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(300))
            .until(this::pending, queue -> queue.size() == 1)
            .getJsonObject(0);
    assertThat(check.getString("kind")).isEqualTo("top_up");
    assertThat(check.getJsonNumber("paymentId").longValue()).isEqualTo(payment);
    assertThat(signal(check, 0)).isEqualTo("card_country 40 US / DE");
    HttpResponse<String> order = customer.post(api("/servers"), serverOrder("after-card"));
    assertThat(order.statusCode()).as(order.body()).isEqualTo(409);
    assertThat(Http.json(order.body()).getJsonObject("error").getString("code"))
        .isEqualTo("account_under_review");

    Fixture other = tenants.anotherCustomer(shop, BigDecimal.ZERO);
    Http otherCustomer = anyone.as(email(other), PASSWORD);
    paidTopUp(otherCustomer, "10");
    JsonObject shared =
        await("the second account's card is screened")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(300))
            .until(this::pending, queue -> queue.size() == 2)
            .getJsonObject(0);
    assertThat(signal(shared, 0)).isEqualTo("card_shared 60 1");
    assertThat(
            staff
                .post(
                    api(
                        "/admin/fraud/checks/"
                            + shared.getJsonNumber("id").longValue()
                            + "/approve"),
                    "{}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> cleared = otherCustomer.post(api("/servers"), serverOrder("cleared-1"));
    assertThat(cleared.statusCode())
        .as("approved: its orders go through again " + cleared.body())
        .isEqualTo(201);

    assertThat(shared.getString("cardFingerprint")).isEqualTo("tgfp_4242");
    assertThat(
            staff
                .post(
                    api("/admin/fraud/blocks"),
                    "{\"kind\":\"card\",\"value\":\"not a fingerprint!\"}")
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> blocked =
        staff.post(
            api("/admin/fraud/blocks"),
            "{\"kind\":\"card\",\"value\":\"tgfp_4242\",\"reason\":\"Reported stolen\"}");
    assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(201);
    policy("{\"rules\":[{\"rule\":\"block_list\",\"enabled\":true}]}");
    long again = paidTopUp(otherCustomer, "10");
    JsonObject held =
        await("a blocked card is held though it was approved for the organisation")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(300))
            .until(this::pending, queue -> queue.size() == 2)
            .getJsonObject(0);
    assertThat(held.getJsonNumber("paymentId").longValue()).isEqualTo(again);
    assertThat(held.getJsonArray("signals").toString()).contains("CARD tgfp_4242");

    long id = check.getJsonNumber("id").longValue();
    assertThat(
            staff
                .post(api("/admin/fraud/checks/" + id + "/deny"), "{\"reason\":\"Stolen card\"}")
                .statusCode())
        .isEqualTo(200);
    await("the denied top-up goes back to the card")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "25"
                    .equals(
                        Http.json(customer.get(api("/payments/" + payment)).body())
                            .getJsonObject("refunded")
                            .getString("amount")));
    assertThat(tenants.balance(shop)).isEqualByComparingTo("200.00");
  }

  @Test
  void theBlockListRefusesWithoutSayingWhyAndIsKeptByStaff() {
    policy("{\"rules\":[{\"rule\":\"block_list\",\"enabled\":true}]}");
    Fixture blocked = tenants.anotherCustomer(shop, new BigDecimal("100.00"));
    Http customer = anyone.as(email(blocked), PASSWORD);

    for (String bad :
        List.of(
            "{\"kind\":\"planet\",\"value\":\"x\"}",
            "{\"kind\":\"email\",\"value\":\"no address\"}",
            "{\"kind\":\"address\",\"value\":\"example.com\"}",
            "{\"kind\":\"address\",\"value\":\"203.0.113.0/16\"}",
            "{\"kind\":\"domain\"}")) {
      assertThat(staff.post(api("/admin/fraud/blocks"), bad).statusCode()).as(bad).isEqualTo(400);
    }
    String block =
        "{\"kind\":\"email\",\"value\":\""
            + email(blocked).toUpperCase()
            + "\",\"reason\":\"Chargebacks\"}";
    assertThat(staff.post(api("/admin/fraud/blocks"), block).statusCode()).isEqualTo(201);
    assertThat(staff.post(api("/admin/fraud/blocks"), block).statusCode()).isEqualTo(409);
    JsonObject entry =
        Http.json(staff.get(api("/admin/fraud/blocks")).body())
            .getJsonArray("data")
            .getJsonObject(0);
    assertThat(entry.getString("value")).isEqualTo(email(blocked));

    HttpResponse<String> refused = customer.post(api("/servers"), serverOrder("blocked-1"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("block").doesNotContain("Chargebacks");
    assertThat(customer.get(api("/servers")).body()).doesNotContain("blocked-1");
    assertThat(signal(checks("refused").getJsonObject(0), 0))
        .isEqualTo("block_list 100 EMAIL " + email(blocked));

    long id = entry.getJsonNumber("id").longValue();
    assertThat(staff.delete(api("/admin/fraud/blocks/" + id)).statusCode()).isEqualTo(204);
    assertThat(staff.delete(api("/admin/fraud/blocks/" + id)).statusCode()).isEqualTo(404);
    HttpResponse<String> allowed = customer.post(api("/servers"), serverOrder("blocked-2"));
    assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(201);
    assertThat(audit()).contains("fraud.blocked").contains("fraud.unblocked");
  }

  @Test
  void theRulesAreValidatedAndOnlyStaffSeeTheQueue() {
    JsonObject initial = Http.json(staff.get(api("/admin/fraud/policy")).body());
    assertThat(initial.getJsonArray("rules")).hasSize(6);
    assertThat(initial.getInt("reviewScore")).isEqualTo(40);
    assertThat(initial.getJsonArray("rules").getJsonObject(0).getBoolean("enabled")).isFalse();
    for (String bad :
        List.of(
            "{\"rules\":[{\"rule\":\"moon_phase\",\"enabled\":true}]}",
            "{\"rules\":[{\"rule\":\"block_list\",\"weight\":101}]}",
            "{\"rules\":[{\"rule\":\"address_rate\",\"limit\":-1}]}",
            "{\"rules\":[{\"rule\":\"first_order_above\",\"limit\":1.001}]}",
            "{\"rules\":[null]}",
            "{\"reviewScore\":200,\"denyScore\":100}",
            "{\"reviewScore\":0}")) {
      HttpResponse<String> refused = staff.put(api("/admin/fraud/policy"), bad);
      assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(400);
    }
    assertThat(Http.json(staff.get(api("/admin/fraud/policy")).body())).isEqualTo(initial);

    assertThat(staff.get(api("/admin/fraud/checks?status=sideways")).statusCode()).isEqualTo(400);
    assertThat(staff.get(api("/admin/fraud/checks/999999")).statusCode()).isEqualTo(404);
    assertThat(staff.post(api("/admin/fraud/checks/999999/approve"), "").statusCode())
        .isEqualTo(404);
    Http customer = TestTenants.customerLogin(shop);
    assertThat(customer.get(api("/admin/fraud/checks")).statusCode()).isEqualTo(403);
    assertThat(customer.get(api("/admin/fraud/policy")).statusCode()).isEqualTo(403);
    assertThat(register("nobody-screens@" + domain()).statusCode())
        .as("with every rule off nothing is recorded")
        .isEqualTo(201);
    assertThat(tenants.strings(shop, "SELECT count(*)::text FROM fraud_checks"))
        .containsExactly("0");
  }

  private void acceptTestPayments() {
    HttpResponse<String> gateway =
        staff.put(
            api("/admin/payment-gateways/test"),
            "{\"webhookSecret\":\"fraud-test-secret\",\"minAmount\":\"5\","
                + "\"maxAmount\":\"500\",\"presets\":[\"10\",\"25\"]}");
    assertThat(gateway.statusCode()).as(gateway.body()).isEqualTo(200);
  }

  /** A top-up paid at the test gateway's checkout with its card 4242 (issued in the US). */
  private long paidTopUp(Http customer, String amount) {
    HttpResponse<String> started =
        customer.post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"" + amount + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject payment = Http.json(started.body());
    String url = payment.getString("checkoutUrl");
    shop.as(() -> desk.pay(url.substring(url.indexOf("session=") + 8), "4242"));
    long id = payment.getJsonNumber("id").longValue();
    await("paid")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "succeeded"
                    .equals(
                        Http.json(customer.post(api("/payments/" + id + "/confirm"), "").body())
                            .getString("status")));
    return id;
  }

  private void policy(String json) {
    HttpResponse<String> set = staff.put(api("/admin/fraud/policy"), json);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
  }

  private HttpResponse<String> register(String email) {
    return anyone.post(
        api("/account/registrations"),
        "{\"email\":\"" + email + "\",\"name\":\"New Person\",\"password\":\"" + PASSWORD + "\"}");
  }

  private Http verified(String email) {
    String code =
        Mailbox.match(
            OwnMail.lastBodyTo(shop.tenant(), email, "confirmation page:"),
            "confirmation page: ([0-9]{6})");
    HttpResponse<String> confirmed =
        anyone.post(
            api("/account/verifications"),
            "{\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    return anyone.as(email, PASSWORD);
  }

  private JsonObject ordered(Http customer, String hostname) {
    HttpResponse<String> ordered = customer.post(api("/servers"), serverOrder(hostname));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    return Http.json(ordered.body());
  }

  private String serverOrder(String hostname) {
    return "{\"planId\":"
        + shop.planId()
        + ",\"hostname\":\""
        + hostname
        + "\",\"region\":\"sim-ams1\",\"image\":\"debian-12\"}";
  }

  private String status(Http customer, long server) {
    return Http.json(customer.get(api("/servers/" + server)).body()).getString("status");
  }

  private JsonArray pending() {
    return checks("pending");
  }

  private JsonObject onlyPending() {
    JsonArray pending = pending();
    assertThat(pending).hasSize(1);
    return pending.getJsonObject(0);
  }

  private JsonArray checks(String status) {
    HttpResponse<String> listed = staff.get(api("/admin/fraud/checks?status=" + status));
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return Http.json(listed.body()).getJsonArray("data");
  }

  private static String signal(JsonObject check, int index) {
    JsonObject signal = check.getJsonArray("signals").getJsonObject(index);
    return signal.getString("rule")
        + " "
        + signal.getInt("weight")
        + " "
        + signal.getString("detail");
  }

  private String audit() {
    return staff.get(api("/admin/audit?limit=100")).body();
  }

  private String domain() {
    return shop.tenant().slug() + ".test";
  }

  private String email(Fixture customer) {
    return tenants.strings(shop, "SELECT email FROM users WHERE id = " + customer.userId()).get(0);
  }

  private String api(String path) {
    return shop.api(path);
  }
}
