package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.access.Role;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Push over a real WebSocket: a customer's socket hears what changes in their organisation (servers
 * and their actions, the balance, payments, invoices), staff hear the whole tenant, and another
 * organisation of the same tenant hears nothing of it. A ticket opens one socket, within a minute,
 * and only as much as the role and the API key's scopes allow. Silence is proved by order: notices
 * reach a node one after another, so a socket that has heard a later change would have heard an
 * earlier one.
 */
@ExtendWith(ArquillianExtension.class)
class PushIT {

  private static final String EVERYTHING = "{\"topic\":\"*\"}";

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @Inject PushHearing pushHearing;
  @EJB Wallets wallets;
  @EJB UserAccounts accounts;
  @EJB Subscriptions subscriptions;
  @Inject SubscriptionShop subscriptionShop;

  private Fixture shop;
  private Http customer;
  private String base;

  @BeforeEach
  void aShopWithACustomer() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("push"), new BigDecimal("20.00"));
    customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    base = "/t/" + shop.tenant().slug() + "/api/v1";
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void aCustomerHearsTheirOrganisationAndStaffHearTheTenant() {
    JsonObject ticket = mint(customer);
    assertThat(ticket.getString("ticket")).startsWith("bcp_" + shop.tenant().tenantId() + "_");
    assertThat(ticket.getString("socketPath")).isEqualTo("/ws/push/" + ticket.getString("ticket"));
    assertThat(ticket.getJsonArray("topics").toString())
        .isEqualTo(
            "[\"servers\",\"balance\",\"invoices\",\"payments\",\"subscriptions\","
                + "\"tickets\",\"notifications\"]");
    SocketClient mine = open(ticket);
    long neighbourOrganisation = tenants.fundedCustomer(shop, "neighbour", new BigDecimal("5.00"));
    pushHearing.awaitAllHeard(shop.tenant(), neighbourOrganisation);
    Http neighbourLogin =
        new Http(Http.localServer())
            .as("neighbour@" + shop.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    SocketClient neighbour = open(mint(neighbourLogin));
    SocketClient staff =
        open(
            mint(
                new Http(Http.localServer())
                    .as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD)));

    scenario.runningServer(shop, shop.customerId(), "push-1");
    mine.awaitScreen(notice("servers", shop.customerId()));
    staff.awaitScreen(notice("servers", shop.customerId()));

    credit(shop.customerId(), "3.00");
    mine.awaitScreen(notice("balance", shop.customerId()));

    credit(neighbourOrganisation, "1.00");
    neighbour.awaitScreen(notice("balance", neighbourOrganisation));
    staff.awaitScreen(notice("balance", neighbourOrganisation));
    assertThat(neighbour.screen().replace("{\"topic\":\"notifications\"}", ""))
        .as(
            "the neighbour heard its own change (and of its own notification, told of the credit),"
                + " so it would have heard the earlier ones")
        .isEqualTo(EVERYTHING + notice("balance", neighbourOrganisation));
    assertThat(mine.screen()).doesNotContain("\"organisation\":" + neighbourOrganisation + "}");
    mine.close();
    neighbour.close();
    staff.close();
  }

  @Test
  void aStaffNoteIsHeardByStaffAndNeverByTheCustomer() {
    Http staffLogin =
        new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    JsonObject staffTicket = mint(staffLogin);
    assertThat(staffTicket.getJsonArray("topics").toString()).contains("\"ticket-notes\"");
    SocketClient mine = open(mint(customer));
    SocketClient staff = open(staffTicket);
    HttpResponse<String> opened =
        customer.post(base + "/tickets", "{\"subject\":\"Push\",\"body\":\"Hello\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long ticket = Http.json(opened.body()).getJsonNumber("id").longValue();
    mine.awaitScreen(notice("tickets", shop.customerId()));
    staff.awaitScreen(notice("tickets", shop.customerId()));

    HttpResponse<String> noted =
        staffLogin.post(base + "/admin/tickets/" + ticket + "/notes", "{\"body\":\"Internal\"}");
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(201);
    staff.awaitScreen(notice("ticket-notes", shop.customerId()));
    credit(shop.customerId(), "1.00");
    mine.awaitScreen(notice("balance", shop.customerId()));
    assertThat(mine.screen())
        .as("the customer heard a later change, so it would have heard the note")
        .doesNotContain("ticket-notes");
    mine.close();
    staff.close();
  }

  @Test
  void aHeldOrderIsHeardByStaffWhoReviewAndNeverBySupportOrTheCustomer() {
    Http admin = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    HttpResponse<String> policy =
        admin.put(
            base + "/admin/fraud/policy",
            "{\"rules\":[{\"rule\":\"first_order_above\",\"enabled\":true,\"weight\":40,"
                + "\"limit\":5}]}");
    assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
    String supportEmail = "support@" + shop.tenant().slug() + ".test";
    shop.as(
        () -> accounts.createWithPassword(supportEmail, "Support", Role.SUPPORT, "support-pass-1"));
    JsonObject supportTicket =
        mint(new Http(Http.localServer()).as(supportEmail, "support-pass-1"));
    assertThat(supportTicket.getJsonArray("topics").toString())
        .as("support may see customers but not review fraud")
        .contains("\"tickets\"")
        .doesNotContain("\"fraud\"");
    SocketClient reviewer = open(mint(admin));
    SocketClient support = open(supportTicket);
    SocketClient mine = open(mint(customer));

    HttpResponse<String> ordered =
        customer.post(
            base + "/servers",
            "{\"planId\":"
                + shop.planId()
                + ",\"hostname\":\"held-push\",\"region\":\"sim-ams1\",\"image\":\"debian-12\"}");
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    assertThat(Http.json(ordered.body()).getBoolean("heldForReview")).isTrue();
    reviewer.awaitScreen(notice("fraud", 0));
    support.awaitScreen(notice("servers", shop.customerId()));
    mine.awaitScreen(notice("servers", shop.customerId()));
    assertThat(support.screen() + mine.screen()).doesNotContain("\"fraud\"");
    reviewer.close();
    support.close();
    mine.close();
  }

  @Test
  void aNotificationIsHeardByItsUserAloneNotByStaffOfTheWholeTenant() {
    Http admin = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    SocketClient mine = open(mint(customer));
    SocketClient staff = open(mint(admin));
    credit(shop.customerId(), "1.00");
    mine.awaitScreen("{\"topic\":\"notifications\"}");
    long later = tenants.fundedCustomer(shop, "later", new BigDecimal("5.00"));
    staff.awaitScreen(notice("balance", later));
    assertThat(staff.screen())
        .as("staff heard a later change, so they would have heard the customer's notice")
        .doesNotContain("notifications");
    mine.close();
    staff.close();
  }

  @Test
  void paymentsAndInvoicesAreHeard() {
    Http admin = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    HttpResponse<String> gateway =
        admin.put(
            base + "/admin/payment-gateways/test",
            "{\"webhookSecret\":\"whsec_push_test_secret_0123456789\",\"minAmount\":\"5\","
                + "\"maxAmount\":\"500\",\"presets\":[\"10\"]}");
    assertThat(gateway.statusCode()).as(gateway.body()).isEqualTo(200);
    SocketClient mine = open(mint(customer));

    HttpResponse<String> payment =
        customer.post(base + "/payments", "{\"gateway\":\"test\",\"amount\":\"10\"}");
    assertThat(payment.statusCode()).as(payment.body()).isEqualTo(201);
    mine.awaitScreen(notice("payments", shop.customerId()));

    Instant start = Scenario.nextMonthAt("08:00");
    scenario.at(start);
    scenario.runningServer(shop, shop.customerId(), "push-invoiced");
    Jobs.chargeUpTo(start.plusSeconds(3600));
    Instant monthEnded = Scenario.afterMonthOf(start);
    scenario.at(monthEnded);
    Jobs.invoiceAsOf(monthEnded);
    mine.awaitScreen(notice("invoices", shop.customerId()));
    mine.close();
  }

  @Test
  void everyTurnOfASubscriptionIsHeard() {
    subscriptionShop.open("push-subs", "100.00", "2027-03-01");
    long service =
        subscriptionShop.product("service", "Managed server", "monthly", "20.00", null, 0);
    Http owner =
        new Http(Http.localServer())
            .as(
                TestTenants.customerEmail(subscriptionShop.fixture()),
                TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> minted =
        owner.post("/t/" + subscriptionShop.tenant().slug() + "/api/v1/push/tickets", "{}");
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    SocketClient mine = open(Http.json(minted.body()));
    String heard = notice("subscriptions", subscriptionShop.customerId());

    SubscriptionView ordered = subscriptionShop.order(service, "monthly", null, null);
    mine.awaitScreen(heard);
    subscriptionShop.as(
        () -> subscriptions.cancel(subscriptionShop.customerId(), ordered.id(), false));
    await("the cancellation heard too")
        .atMost(Duration.ofSeconds(10))
        .until(() -> mine.screen().split(java.util.regex.Pattern.quote(heard), -1).length > 2);
    mine.close();
  }

  @Test
  void aTicketOpensOneSocketWithinAMinute() {
    JsonObject ticket = mint(customer);
    SocketClient first = open(ticket);
    assertThat(refusal(ticket)).isEqualTo("1008 ticket refused");
    assertThat(first.isClosed()).isFalse();
    first.close();

    JsonObject expiring = mint(customer);
    scenario.at(Instant.parse(expiring.getString("expiresAt")).plusSeconds(1));
    assertThat(refusal(expiring)).isEqualTo("1008 ticket refused");
    scenario.reset();

    String real = mint(customer).getString("ticket");
    String altered = real.substring(0, real.length() - 2) + (real.endsWith("AA") ? "BB" : "AA");
    assertThat(SocketClient.open(Http.localServer(), "/ws/push/" + altered).awaitClosed())
        .isEqualTo("1008 ticket refused");
    assertThat(SocketClient.open(Http.localServer(), "/ws/push/not-a-ticket").awaitClosed())
        .isEqualTo("1008 ticket refused");
    assertThat(new Http(Http.localServer()).post(base + "/push/tickets", "{}").statusCode())
        .isEqualTo(401);

    JsonObject fromElsewhere = mint(customer);
    assertThat(
            SocketClient.open(
                    Http.localServer(),
                    fromElsewhere.getString("socketPath"),
                    "https://attacker.example")
                .awaitClosed())
        .as("another site's page holding a visitor's ticket")
        .isEqualTo("1008 origin refused");
  }

  @Test
  void anApiKeyHearsOnlyWhatItsScopesRead() {
    HttpResponse<String> created =
        customer.post(
            base + "/api-keys", "{\"name\":\"servers only\",\"scopes\":[\"read:servers\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Http key = new Http(Http.localServer()).bearer(Http.json(created.body()).getString("secret"));
    JsonObject ticket = mint(key);
    assertThat(ticket.getJsonArray("topics").toString()).isEqualTo("[\"servers\"]");
    SocketClient socket = open(ticket);

    credit(shop.customerId(), "3.00");
    scenario.runningServer(shop, shop.customerId(), "push-key");
    socket.awaitScreen(notice("servers", shop.customerId()));
    assertThat(socket.screen()).doesNotContain("balance");
    socket.close();
  }

  private void credit(long organisation, String amount) {
    shop.as(
        () ->
            wallets.credit(
                organisation,
                new BigDecimal(amount),
                "Goodwill",
                UUID.randomUUID().toString(),
                "test"));
  }

  private JsonObject mint(Http caller) {
    HttpResponse<String> minted = caller.post(base + "/push/tickets", "{}");
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    assertThat(minted.headers().firstValue("Cache-Control")).hasValue("no-store");
    return Http.json(minted.body());
  }

  private static String refusal(JsonObject ticket) {
    return SocketClient.open(Http.localServer(), ticket.getString("socketPath")).awaitClosed();
  }

  /** A socket that hears changes from now on: its first notice says so. */
  private static SocketClient open(JsonObject ticket) {
    SocketClient socket = SocketClient.open(Http.localServer(), ticket.getString("socketPath"));
    socket.awaitScreen(EVERYTHING);
    return socket;
  }

  private static String notice(String topic, long organisation) {
    return "{\"topic\":\"" + topic + "\",\"organisation\":" + organisation + "}";
  }
}
