package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.HourlyCharging;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.payments.application.GatewayChange;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.application.TopUps;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.testgateway.TestCheckoutDesk;
import io.brandcloud.payments.testgateway.TestGatewaySignature;
import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.promotions.application.CouponDraft;
import io.brandcloud.promotions.application.Coupons;
import io.brandcloud.shared.Money;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.support.mailin.application.MailReplies;
import io.brandcloud.support.mailin.domain.InboundMail;
import io.brandcloud.support.mailin.domain.ReceivedMail;
import io.brandcloud.support.tickets.domain.ReplyReference;
import io.brandcloud.support.tickets.domain.ReplySide;
import io.brandcloud.support.tickets.domain.TicketRepository;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A owns a customer with a server, a wallet and an invoice; tenant B's users, and A's own
 * credentials and session used on B's address, get nothing of it: not found, never forbidden. Ids
 * are chosen so they exist in A only, so a 404 cannot come from B happening to lack a row.
 */
@ExtendWith(ArquillianExtension.class)
class CrossTenantIsolationIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB UserAccounts accounts;
  @EJB Wallets wallets;
  @EJB HourlyCharging charging;
  @EJB Invoicing invoicing;
  @EJB TaxRules taxRules;
  @EJB CreditNotes creditNotes;
  @EJB GatewaySetup gateways;
  @EJB TopUps topUps;
  @EJB TestCheckoutDesk desk;
  @EJB MailReplies mailReplies;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB Coupons coupons;
  @Inject TicketRepository ticketRepository;
  @EJB LegalPages legalPages;
  @Inject PushHearing pushHearing;
  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;

  private Fixture a;
  private String b;
  private String bAdminPassword;
  private long aServer;
  private long aExtraCustomer;
  private Http http;

  @BeforeEach
  void twoTenants() {
    Instant start = Scenario.nextMonthAt("08:00");
    scenario.at(start);
    a = tenants.withCustomer(TestTenants.uniqueSlug("iso-a"), new BigDecimal("30.00"));
    aExtraCustomer = tenants.signUpCustomer(a.tenant(), "extra@a.test", "Extra", "extra-password");
    aServer = scenario.runningServer(a, a.customerId(), "a-secret-host");
    // A's own charging and invoicing, not the jobs: those would work through every tenant the
    // suite made so far, and the jobs have tests of their own
    a.as(() -> charging.chargeUpTo(start.plus(Duration.ofHours(1)), charged -> {}));
    Instant monthEnded = Scenario.afterMonthOf(start);
    scenario.at(monthEnded);
    a.as(() -> invoicing.invoiceMonth(YearMonth.from(start.atZone(ZoneOffset.UTC))));
    scenario.reset();

    b = TestTenants.uniqueSlug("iso-b");
    CreatedTenant created = tenants.create(b);
    http = new Http(Http.localServer());
    bAdminPassword =
        Http.chooseOwnPassword(
            Http.localServer(), b, "admin@" + b + ".test", created.adminOneTimePassword());
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void aCustomersCredentialsMeanNothingAtAnotherTenant() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    assertThat(aCustomer.get(aApi("/servers")).statusCode()).isEqualTo(200);
    assertThat(aCustomer.get(aApi("/servers")).body()).contains("a-secret-host");
    HttpResponse<String> actions = aCustomer.get(aApi("/servers/" + aServer + "/actions"));
    assertThat(actions.statusCode()).isEqualTo(200);
    assertThat(actions.body()).contains("\"type\":\"create\"").contains("\"status\":\"succeeded\"");

    assertThat(aCustomer.get(bApi("/servers")).statusCode()).isEqualTo(401);
    assertThat(aCustomer.get(bApi("/servers/" + aServer)).statusCode()).isEqualTo(401);
    assertThat(aCustomer.get(bApi("/balance")).statusCode()).isEqualTo(401);
  }

  @Test
  void aServersListThisNodeKeepsIsNeverShownToTheSameOrganisationIdOfAnotherTenant() {
    Fixture c = tenants.withCustomer(TestTenants.uniqueSlug("iso-c"), new BigDecimal("10.00"));
    assertThat(c.customerId())
        .as("both schemas count organisations from 1")
        .isEqualTo(a.customerId());
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    Http cCustomer =
        http.as("customer@" + c.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);

    assertThat(aCustomer.get(aApi("/servers")).body()).contains("a-secret-host");
    String cList = cCustomer.get("t/" + c.tenant().slug() + "/api/v1/servers").body();

    assertThat(cList).doesNotContain("a-secret-host").contains("\"total\":0");
  }

  @Test
  void anApiKeyOfOneTenantIsUnknownAtAnother() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> created =
        aCustomer.post(
            aApi("/api-keys"),
            "{\"name\":\"everything\",\"scopes\":[\"read:user\",\"read:servers\",\"read:billing\"]}");
    assertThat(created.statusCode()).isEqualTo(201);
    Http aKey = new Http(http.base()).bearer(Http.json(created.body()).getString("secret"));
    assertThat(aKey.get(aApi("/servers")).body()).contains("a-secret-host");

    for (String path :
        java.util.List.of(
            "/me",
            "/servers",
            "/servers/" + aServer,
            "/balance",
            "/transactions",
            "/invoices",
            "/api-keys",
            "/account/mail",
            "/admin/customers")) {
      assertThat(aKey.get(bApi(path)).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(aKey.get("api/platform/v1/tenants").statusCode()).isEqualTo(401);
  }

  @Test
  void aBrowserSessionOfOneTenantCannotBeEndedFromAnother() {
    Http browser = new Http(Http.localServer());
    FacesLogin.login(
        browser,
        "t/" + a.tenant().slug() + "/login.xhtml",
        TestTenants.customerEmail(a),
        TestTenants.CUSTOMER_PASSWORD);
    long session =
        Http.jsonArray(browser.get(aApi("/account/sessions")).body())
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(bAdmin.post(bApi("/account/sessions/" + session + "/end"), "{}").statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.get(bApi("/account/sessions")).body()).isEqualTo("[]");
    assertThat(browser.get(aApi("/account/sessions")).body()).contains("\"id\":" + session);
  }

  @Test
  void aCopyOfACustomersDataIsNeitherAskedForNorOpenedFromAnotherTenant() {
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    String aUser = bApi("/admin/users/" + a.userId() + "/data-exports");
    assertThat(bAdmin.post(aUser, "").statusCode()).isEqualTo(404);
    assertThat(bAdmin.get(aUser).statusCode()).isEqualTo(404);
    assertThat(tenants.strings(a, "SELECT id::text FROM data_exports")).isEmpty();

    Http aCustomer = http.as(TestTenants.customerEmail(a), TestTenants.CUSTOMER_PASSWORD);
    assertThat(aCustomer.post(aApi("/account/data-exports"), "").statusCode()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> aCustomer.get(aApi("/account/data-exports")).body().contains("\"ready\""));
    String mail =
        OwnMail.lastBodyTo(a.tenant(), TestTenants.customerEmail(a), "portal/data-export?token=");
    String token = Mailbox.match(mail, "portal/data-export\\?token=([A-Za-z0-9_-]+)");
    String bEmail = "export-thief@" + b + ".test";
    tenants.signUpCustomer(tenants.context(b), bEmail, "Thief", TestTenants.CUSTOMER_PASSWORD);
    Http bBrowser = new Http(Http.localServer());
    FacesLogin.login(bBrowser, "t/" + b + "/login.xhtml", bEmail, TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<byte[]> stolen =
        bBrowser.getBytes("t/" + b + "/portal/data-export?token=" + token);
    assertThat(stolen.statusCode()).isEqualTo(302);
    assertThat(stolen.headers().firstValue("Location"))
        .hasValue("/t/" + b + "/account.xhtml?dataExport=invalid");
    assertThat(bBrowser.get(bApi("/account/data-exports")).body()).isEqualTo("[]");
    assertThat(aCustomer.get(aApi("/account/data-exports")).body())
        .as("A's copy is still there for A")
        .contains("\"ready\"");
  }

  @Test
  void noCustomerIsErasedFromAnotherTenant() {
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(bAdmin.post(bApi("/admin/users/" + a.userId() + "/erasure"), "").statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.get(bApi("/admin/erasures")).body()).isEqualTo("[]");
    Http aCustomer = http.as(TestTenants.customerEmail(a), TestTenants.CUSTOMER_PASSWORD);
    assertThat(aCustomer.get(aApi("/me")).statusCode())
        .as("B's staff erase nobody of A's, whatever id they try")
        .isEqualTo(200);
    assertThat(tenants.strings(a, "SELECT id::text FROM erasure_requests")).isEmpty();
  }

  @Test
  void fraudChecksBlocksAndRulesStayInTheirTenant() {
    Http aStaff = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(
            aStaff
                .put(
                    aApi("/admin/fraud/policy"),
                    "{\"rules\":[{\"rule\":\"disposable_email\",\"enabled\":true}]}")
                .statusCode())
        .isEqualTo(200);
    http.post(
        aApi("/account/registrations"),
        "{\"email\":\"held@mailinator.com\",\"name\":\"Held\",\"password\":\"held-password-1\"}");
    long check =
        Http.json(aStaff.get(aApi("/admin/fraud/checks")).body())
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            aStaff
                .post(
                    aApi("/admin/fraud/blocks"),
                    "{\"kind\":\"domain\",\"value\":\"a-only.example\"}")
                .statusCode())
        .isEqualTo(201);
    long block =
        Http.json(aStaff.get(aApi("/admin/fraud/blocks")).body())
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    assertThat(bAdmin.get(bApi("/admin/fraud/checks?status=all")).body()).contains("\"data\":[]");
    assertThat(bAdmin.get(bApi("/admin/fraud/checks/" + check)).statusCode()).isEqualTo(404);
    assertThat(bAdmin.post(bApi("/admin/fraud/checks/" + check + "/approve"), "{}").statusCode())
        .isEqualTo(404);
    assertThat(
            bAdmin
                .post(bApi("/admin/fraud/checks/" + check + "/deny"), "{\"reason\":\"B\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.get(bApi("/admin/fraud/blocks")).body()).contains("\"data\":[]");
    assertThat(bAdmin.delete(bApi("/admin/fraud/blocks/" + block)).statusCode()).isEqualTo(404);
    assertThat(bAdmin.get(bApi("/admin/fraud/policy")).body())
        .as("A's rules are not B's")
        .doesNotContain("\"enabled\":true");
    assertThat(
            tenants.strings(
                a, "SELECT status || ' ' || (SELECT count(*) FROM fraud_blocks) FROM fraud_checks"))
        .containsExactly("PENDING 1");
  }

  @Test
  void aCustomerOfAnotherTenantCanNeitherSeeNorCloseAnOrganisation() {
    Http bCustomer = signUpAtB();
    String aOrganisation = bApi("/organisations/" + aExtraCustomer);
    assertThat(bCustomer.get(aOrganisation + "/closure").statusCode()).isEqualTo(404);
    assertThat(
            bCustomer
                .post(aOrganisation + "/close", "{\"currentPassword\":\"b-customer-password\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD)
                .get(aApi("/admin/customers"))
                .body())
        .as("still open at A")
        .contains("extra@a.test");
  }

  @Test
  void aPersonsMailIsReadOnlyInTheTenantThatWroteIt() {
    Fixture c = tenants.withCustomer(TestTenants.uniqueSlug("iso-mail"), BigDecimal.ONE);
    String email = "customer@" + a.tenant().slug() + ".test";
    tenants.signUpCustomer(c.tenant(), email, "Same Person", "same-person-password");
    assertThat(
            http.post(aApi("/account/password-resets"), "{\"email\":\"" + email + "\"}")
                .statusCode())
        .isEqualTo(202);

    String atC =
        http.as(email, "same-person-password")
            .get("t/" + c.tenant().slug() + "/api/v1/account/mail")
            .body();
    String atA = http.as(email, TestTenants.CUSTOMER_PASSWORD).get(aApi("/account/mail")).body();

    assertThat(atA).contains("reset.xhtml?token=");
    assertThat(atC).doesNotContain("reset.xhtml?token=").doesNotContain(a.tenant().slug());
    String moving = "moving@" + a.tenant().slug() + ".test";
    assertThat(
            http.as(email, TestTenants.CUSTOMER_PASSWORD)
                .post(
                    aApi("/account/email-changes"),
                    "{\"email\":\""
                        + moving
                        + "\",\"currentPassword\":\""
                        + TestTenants.CUSTOMER_PASSWORD
                        + "\"}")
                .statusCode())
        .isEqualTo(202);
    assertThat(
            http.as(email, "same-person-password")
                .get("t/" + c.tenant().slug() + "/api/v1/account/email-changes")
                .body())
        .as("the same address at another shop has no change waiting")
        .doesNotContain(moving);
  }

  @Test
  void aPersonsNotificationsAreReadOnlyInTheTenantThatWroteThem() {
    Fixture c = tenants.withCustomer(TestTenants.uniqueSlug("iso-note"), BigDecimal.ONE);
    String email = TestTenants.customerEmail(a);
    tenants.signUpCustomer(c.tenant(), email, "Same Person", "same-person-password");
    a.as(() -> wallets.credit(a.customerId(), BigDecimal.ONE, "Goodwill", "iso-note", "test"));
    Http atA = http.as(email, TestTenants.CUSTOMER_PASSWORD);
    Http atC = http.as(email, "same-person-password");
    jakarta.json.JsonArray mine =
        Http.json(atA.get(aApi("/notifications")).body()).getJsonArray("data");
    assertThat(mine)
        .as("A told its customer of the credit, and of the invoice before")
        .isNotEmpty();
    long id = mine.getJsonObject(0).getJsonNumber("id").longValue();
    String cApi = "t/" + c.tenant().slug() + "/api/v1";
    assertThat(Http.json(atC.get(cApi + "/notifications").body()).getJsonArray("data"))
        .as("the same address at another shop was told nothing")
        .isEmpty();
    assertThat(atC.post(cApi + "/notifications/" + id + "/read", "").statusCode()).isEqualTo(404);
    assertThat(atA.post(bApi("/notifications/" + id + "/read"), "").statusCode())
        .as("A's login means nothing at B")
        .isEqualTo(401);
    assertThat(Http.json(atA.get(aApi("/notifications/unread")).body()).getInt("unread"))
        .as("nothing C did marked A's read")
        .isEqualTo(mine.size());
  }

  @Test
  void anOrganisationsActivityIsReadOnlyInItsTenantAndNamesNothingOfAnother() {
    Fixture c = tenants.withCustomer(TestTenants.uniqueSlug("iso-feed"), BigDecimal.ONE);
    String email = TestTenants.customerEmail(a);
    tenants.signUpCustomer(c.tenant(), email, "Same Person", "same-person-password");
    Http atA = http.as(email, TestTenants.CUSTOMER_PASSWORD);
    Http atC = http.as(email, "same-person-password");
    HttpResponse<String> fromA = atA.get(aApi("/activity"));
    assertThat(fromA.statusCode()).as(fromA.body()).isEqualTo(200);
    assertThat(Http.json(fromA.body()).getJsonArray("data"))
        .as("A's organisation logged in")
        .isNotEmpty();
    String cApi = "t/" + c.tenant().slug() + "/api/v1";
    HttpResponse<String> fromC = atC.get(cApi + "/activity");
    assertThat(fromC.statusCode()).as(fromC.body()).isEqualTo(200);
    assertThat(fromC.body())
        .as("the same address at another shop sees only its own organisation there")
        .doesNotContain("\"payment\"")
        .doesNotContain("\"server-action\"");
    assertThat(atA.get(bApi("/activity")).statusCode())
        .as("A's login means nothing at B")
        .isEqualTo(401);
  }

  @Test
  void anotherTenantsStaffFindNoneOfTheCustomersServersWalletsOrInvoices() {
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    HttpResponse<String> customers = bAdmin.get(bApi("/admin/customers"));
    assertThat(customers.statusCode()).isEqualTo(200);
    assertThat(customers.body()).doesNotContain(a.tenant().slug());

    assertThat(bAdmin.get(bApi("/admin/customers/" + aExtraCustomer)).statusCode()).isEqualTo(404);
    Http aStaff = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    for (String asked : List.of("a-secret-host", "extra@a.test", "Extra")) {
      assertThat(aStaff.get(aApi("/admin/customers?q=" + asked)).body())
          .as("A's staff find A's customer by " + asked)
          .contains("\"id\":" + (asked.equals("a-secret-host") ? a.customerId() : aExtraCustomer));
      assertThat(
              Http.json(bAdmin.get(bApi("/admin/customers?q=" + asked)).body())
                  .getJsonArray("data"))
          .as("B's staff find none of A's by " + asked)
          .isEmpty();
    }
    assertThat(Http.json(aStaff.get(aApi("/admin/customers?q=%25")).body()).getJsonArray("data"))
        .as("a % is looked for as itself, not as any text")
        .isEmpty();
    HttpResponse<String> credit =
        bAdmin.post(
            bApi("/admin/customers/" + aExtraCustomer + "/credits"),
            "{\"amount\":\"1000\",\"reason\":\"steal\",\"reference\":\"x1\"}");
    assertThat(credit.statusCode()).isEqualTo(404);
    assertThat(credit.body()).contains("\"code\":\"not_found\"");

    Money untouched = a.as(() -> wallets.balanceOf(aExtraCustomer));
    assertThat(untouched.amount()).isEqualByComparingTo("0");

    bAdmin.post(bApi("/admin/users/" + a.userId() + "/disable"), "{\"reason\":\"steal\"}");
    bAdmin.post(bApi("/admin/users/" + a.userId() + "/password-reset"), "");
    assertThat(
            http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD)
                .get(aApi("/me"))
                .statusCode())
        .as("B's staff neither shut out nor reset A's customer, whatever id they try")
        .isEqualTo(200);

    long aDeadLetter = a.as(this::deadLetterOfA);
    HttpResponse<String> letters = bAdmin.get(bApi("/admin/dead-letters"));
    assertThat(letters.statusCode()).isEqualTo(200);
    assertThat(letters.body()).doesNotContain("WalletCredited");
    assertThat(bAdmin.post(bApi("/admin/dead-letters/" + aDeadLetter + "/retry"), "").statusCode())
        .isEqualTo(404);
    assertThat(a.as(() -> statusOfOutboxRow(aDeadLetter))).isEqualTo("DEAD");

    assertThat(bAdmin.get(bApi("/admin/servers")).body()).doesNotContain("a-secret-host");
    assertThat(
            bAdmin
                .post(bApi("/admin/servers/" + aServer + "/actions"), "{\"type\":\"suspend\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(a.as(() -> statusOfServerOfA(aServer))).isEqualTo("RUNNING");
    long aConnection = a.as(() -> connectionOfA());
    assertThat(bAdmin.get(bApi("/admin/connections")).body()).doesNotContain("Simulator");
    for (String path :
        java.util.List.of(
            "/admin/connections/" + aConnection,
            "/admin/connections/" + aConnection + "/catalog")) {
      assertThat(bAdmin.get(bApi(path)).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(bAdmin.post(bApi("/admin/connections/" + aConnection + "/sync"), "").statusCode())
        .isEqualTo(404);
    long aUnknown = a.as(() -> unknownServerOfA(aConnection));
    assertThat(
            bAdmin
                .post(
                    bApi("/admin/reconciliation/unknown/" + aUnknown + "/import"),
                    "{\"organisationId\":1,\"planId\":1,\"hostname\":\"stolen\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            bAdmin
                .post(bApi("/admin/reconciliation/unknown/" + aUnknown + "/ignore"), "")
                .statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.get(bApi("/admin/reconciliation/unknown")).body()).doesNotContain("a-stray");
    assertThat(
            bAdmin
                .put(bApi("/admin/connections/" + aConnection), "{\"active\":false}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void productsAndSubscriptionsAreNotFoundOutsideTheirTenantAndOrganisation() {
    long[] made =
        a.as(
            () -> {
              long product = products.create("service", "A's managed service", "", "").id();
              products.price(product, "monthly", new BigDecimal("1.00"), null, 0);
              long subscription =
                  subscriptions
                      .order(
                          a.customerId(),
                          new SubscriptionOrder(product, "monthly", null, null, "iso-order"))
                      .id();
              return new long[] {product, subscription};
            });
    String product = "/admin/products/" + made[0];
    String subscription = "/subscriptions/" + made[1];
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(bAdmin.get(bApi("/admin/products")).body()).isEqualTo("[]");
    assertThat(bAdmin.get(bApi(product)).statusCode()).isEqualTo(404);
    assertThat(bAdmin.put(bApi(product), "{\"active\":false}").statusCode()).isEqualTo(404);
    assertThat(bAdmin.put(bApi(product + "/prices/monthly"), "{\"amount\":\"0.01\"}").statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.get(bApi(product + "/licence-keys")).statusCode()).isEqualTo(404);
    assertThat(bAdmin.post(bApi(product + "/licence-keys"), "{\"keys\":[\"K-1\"]}").statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.post(bApi(product + "/prices/monthly/move-subscriptions"), "").statusCode())
        .isEqualTo(404);

    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    assertThat(aCustomer.get(aApi(subscription)).statusCode()).isEqualTo(200);
    assertThat(aCustomer.get(bApi(subscription)).statusCode()).isEqualTo(401);

    Http aExtra = http.as("extra@a.test", "extra-password");
    assertThat(aExtra.get(aApi("/subscriptions")).body()).isEqualTo("[]");
    assertThat(aExtra.get(aApi(subscription)).statusCode()).isEqualTo(404);
    assertThat(aExtra.post(aApi(subscription + "/cancel"), "{\"when\":\"now\"}").statusCode())
        .isEqualTo(404);
    assertThat(
            aExtra
                .post(
                    aApi(subscription + "/change-preview"),
                    "{\"productId\":" + made[0] + ",\"cycle\":\"monthly\",\"when\":\"now\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(aExtra.put(aApi(subscription + "/auto-renew"), "{\"autoRenew\":false}").statusCode())
        .isEqualTo(404);
    assertThat(aExtra.post(aApi(subscription + "/payment"), "").statusCode()).isEqualTo(404);
    assertThat(aCustomer.post(aApi(subscription + "/payment"), "").statusCode())
        .as("its own, with nothing due")
        .isEqualTo(409);
    assertThat(a.as(() -> subscriptions.subscription(a.customerId(), made[1])).status())
        .isEqualTo("active");
  }

  @Test
  void couponsAreNotFoundOutsideTheirTenant() {
    long[] made =
        a.as(
            () -> {
              long product = products.create("service", "A's coupon product", "", "").id();
              products.price(product, "monthly", new BigDecimal("1.00"), null, 0);
              long coupon =
                  coupons
                      .create(
                          new CouponDraft(
                              "ATENANTONLY",
                              "",
                              "percent",
                              BigDecimal.TEN,
                              "once",
                              null,
                              List.of(),
                              List.of(),
                              false,
                              null,
                              1,
                              null,
                              null,
                              false))
                      .id();
              return new long[] {product, coupon};
            });
    String coupon = "/admin/coupons/" + made[1];
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(bAdmin.get(bApi("/admin/coupons")).body()).isEqualTo("[]");
    assertThat(bAdmin.get(bApi(coupon)).statusCode()).isEqualTo(404);
    assertThat(bAdmin.put(bApi(coupon + "/active"), "{\"active\":false}").statusCode())
        .isEqualTo(404);
    var bProduct =
        Http.json(
                bAdmin
                    .post(bApi("/admin/products"), "{\"kind\":\"service\",\"name\":\"B's\"}")
                    .body())
            .getJsonNumber("id");
    assertThat(
            bAdmin
                .put(bApi("/admin/products/" + bProduct + "/prices/monthly"), "{\"amount\":\"1\"}")
                .statusCode())
        .isEqualTo(200);
    Http bCustomer = signUpAtB();
    var typed =
        bCustomer.post(
            bApi("/subscriptions/order-preview"),
            "{\"productId\":" + bProduct + ",\"cycle\":\"monthly\",\"coupon\":\"atenantonly\"}");
    assertThat(typed.statusCode()).isEqualTo(400);
    assertThat(typed.body()).contains("There is no coupon");
    assertThat(a.as(() -> coupons.coupon(made[1])).active()).isTrue();
  }

  private long latestActionOf(long server) {
    return number("SELECT max(id) FROM server_actions WHERE server_id = " + server);
  }

  private long actionsOfServerOfA(long server) {
    return number("SELECT count(*) FROM server_actions WHERE server_id = " + server);
  }

  /** An upstream server A's reconciliation found, as it would have. */
  private long unknownServerOfA(long connection) {
    try {
      transaction.begin();
      long id =
          ((Number)
                  tenants
                      .em()
                      .createNativeQuery(
                          "INSERT INTO unknown_upstream_servers (connection_id, external_id, name,"
                              + " state, first_seen, last_seen) VALUES (?1, 'sim-999', 'a-stray',"
                              + " 'RUNNING', now(), now()) RETURNING id")
                      .setParameter(1, connection)
                      .getSingleResult())
              .longValue();
      transaction.commit();
      return id;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long connectionOfA() {
    return number("SELECT min(id) FROM provider_connections");
  }

  private String statusOfServerOfA(long server) {
    return (String)
        tenants
            .em()
            .createNativeQuery("SELECT status FROM servers WHERE id = ?1")
            .setParameter(1, server)
            .getSingleResult();
  }

  private long number(String query) {
    return ((Number) tenants.em().createNativeQuery(query).getSingleResult()).longValue();
  }

  /** One of A's outbox rows, turned into a dead letter. */
  private long deadLetterOfA() {
    long id =
        ((Number)
                tenants
                    .em()
                    .createNativeQuery("SELECT max(id) FROM outbox_messages")
                    .getSingleResult())
            .longValue();
    try {
      transaction.begin();
      tenants
          .em()
          .createNativeQuery("UPDATE outbox_messages SET status = 'DEAD' WHERE id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  private String statusOfOutboxRow(long id) {
    return (String)
        tenants
            .em()
            .createNativeQuery("SELECT status FROM outbox_messages WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
  }

  @Test
  void taxRulesSellerDetailsBillingDetailsAndCreditNotesStayInTheirTenant() {
    long aInvoice = a.as(() -> invoiceIdOfA());
    a.as(
        () ->
            taxRules.add(
                new TaxRule("DE", null, "A-VAT", new BigDecimal("19"), false, false, 1), "test"));
    long aNote =
        a.as(
                () ->
                    creditNotes.issue(
                        a.customerId(), aInvoice, new BigDecimal("0.01"), "A only", "a-1", "test"))
            .id();
    Http aStaff = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    for (String path :
        java.util.List.of("/admin/tax-rules", "/admin/seller", "/admin/seller/logo")) {
      assertThat(aStaff.get(bApi(path)).statusCode()).as(path).isEqualTo(401);
    }
    for (String path :
        java.util.List.of("/billing-details", "/credit-notes", "/credit-notes/" + aNote)) {
      assertThat(aCustomer.get(bApi(path)).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(aStaff.put(bApi("/admin/seller"), "{\"legalName\":\"Hijack\"}").statusCode())
        .isEqualTo(401);

    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(bAdmin.get(bApi("/admin/tax-rules")).body()).isEqualTo("[]");
    String foreign = bApi("/admin/customers/" + aExtraCustomer);
    assertThat(bAdmin.get(foreign + "/invoices").statusCode()).isEqualTo(404);
    assertThat(bAdmin.get(foreign + "/credit-notes").statusCode()).isEqualTo(404);
    assertThat(bAdmin.get(foreign + "/billing-details").statusCode()).isEqualTo(404);
    assertThat(bAdmin.put(foreign + "/billing-details", "{\"country\":\"DE\"}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> credit =
        bAdmin.post(
            bApi("/admin/customers/" + a.customerId() + "/invoices/" + aInvoice + "/credit-notes"),
            "{\"amount\":1,\"reason\":\"steal\",\"reference\":\"b-1\"}");
    assertThat(credit.statusCode()).isEqualTo(404);
    String aDrafts = foreign + "/manual-invoices";
    assertThat(bAdmin.get(aDrafts).statusCode()).isEqualTo(404);
    assertThat(
            bAdmin
                .post(aDrafts, "{\"lines\":[{\"description\":\"Steal\",\"amount\":5}]}")
                .statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.post(aDrafts + "/" + aInvoice + "/void", "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(404);

    Http bCustomer = signUpAtB();
    assertThat(bCustomer.post(bApi("/invoices/" + aInvoice + "/payment"), "").statusCode())
        .isEqualTo(404);
    assertThat(bCustomer.get(bApi("/credit-notes/" + aNote)).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/credit-notes/" + aNote + "/pdf")).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/credit-notes")).body()).startsWith("{\"data\":[]");
    assertThat(a.as(() -> creditNotes.of(a.customerId()))).hasSize(1);
  }

  @Test
  void aShopsReceivablesAreItsOwn() {
    a.as(
        () ->
            wallets.debit(
                a.customerId(), new BigDecimal("99.00"), "Usage", "iso-debt", "test", true));
    Http aStaff = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    assertThat(aStaff.get(bApi("/admin/reports/receivables")).statusCode()).isEqualTo(401);
    assertThat(
            Http.json(aStaff.get(a.api("/admin/reports/receivables")).body())
                .getJsonArray("debts")
                .getJsonObject(0)
                .getJsonNumber("organisationId")
                .longValue())
        .as("A's own report names the debt")
        .isEqualTo(a.customerId());

    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    HttpResponse<String> report = bAdmin.get(bApi("/admin/reports/receivables"));
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("\"invoices\":[]", "\"debts\":[]", "\"disputes\":[]");
    assertThat(bAdmin.get(bApi("/admin/reports/receivables.csv")).body())
        .isEqualTo("kind,reference,organisation_id,customer,date,days_overdue,amount,currency\n");
    assertThat(aStaff.get(a.api("/admin/exports/ledger.csv")).body())
        .as("A's export has A's customer")
        .contains("," + a.customerId() + ",");
    assertThat(aStaff.get(bApi("/admin/exports/ledger.csv")).statusCode()).isEqualTo(401);
    assertThat(bAdmin.get(bApi("/admin/exports/ledger.csv")).body().lines())
        .as("B's export of every wallet is its header alone")
        .hasSize(1);
    assertThat(bAdmin.get(bApi("/admin/exports/invoices.csv")).body().lines()).hasSize(1);
    assertThat(bAdmin.get(bApi("/admin/exports/credit-notes.csv")).body().lines()).hasSize(1);
    assertThat(bAdmin.get(bApi("/admin/exports/payments.csv")).body().lines()).hasSize(1);
    assertThat(bAdmin.get(bApi("/admin/exports/servers.csv")).body().lines()).hasSize(1);
    assertThat(bAdmin.get(bApi("/admin/exports/subscriptions.csv")).body().lines()).hasSize(1);
    assertThat(bAdmin.get(bApi("/admin/exports/customers.csv")).body().lines()).hasSize(1);
    assertThat(bAdmin.get(bApi("/admin/exports/tickets.csv")).body().lines()).hasSize(1);
    assertThat(
            Http.json(bAdmin.get(bApi("/admin/reports/revenue")).body())
                .getJsonObject("total")
                .getJsonObject("credits")
                .getString("amount"))
        .as("A's credits are not B's")
        .isEqualTo("0");
    assertThat(
            Http.json(bAdmin.get(bApi("/admin/reports/revenue/sources")).body())
                .getJsonArray("lines"))
        .as("nothing A sold is B's")
        .isEmpty();
    assertThat(
            Http.json(bAdmin.get(bApi("/admin/reports/run-rate")).body())
                .getJsonArray("months")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .map(m -> m.getJsonObject("mrr").getString("amount")))
        .as("A's recurring revenue is not B's")
        .containsOnly("0");
    assertThat(
            Http.json(bAdmin.get(bApi("/admin/reports/revenue/servers")).body())
                .getJsonArray("lines"))
        .isEmpty();
    assertThat(Http.json(bAdmin.get(bApi("/admin/reports/margin")).body()).getJsonArray("lines"))
        .as("A's servers' hours are not in B's margin")
        .isEmpty();
    assertThat(bAdmin.get(bApi("/admin/reports/margin.csv")).body().lines())
        .as("B's margin sheet is its header and a total of nothing")
        .hasSize(2);
    // A's invoice is issued after the month the scenario starts in
    String comingYear =
        "?from=" + java.time.LocalDate.now() + "&to=" + java.time.LocalDate.now().plusYears(1);
    assertThat(
            Http.json(aStaff.get(a.api("/admin/reports/tax" + comingYear)).body())
                .getJsonArray("sales"))
        .as("A's own tax report has A's invoice")
        .hasSize(1);
    assertThat(
            Http.json(bAdmin.get(bApi("/admin/reports/tax" + comingYear)).body())
                .getJsonArray("sales"))
        .as("A's invoices are no sales of B's")
        .isEmpty();
    assertThat(bAdmin.get(bApi("/admin/reports/tax/documents.csv" + comingYear)).body().lines())
        .as("B's tax documents are a header")
        .hasSize(1);
  }

  @Test
  void anExportPreparedForOneShopsStaffIsNotFoundInAnother() {
    Http aStaff = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    // A's rows are written in the month the scenario starts in, after today
    HttpResponse<String> asked =
        aStaff.post(
            a.api("/admin/exports/prepared"),
            "{\"table\":\"ledger\",\"format\":\"csv\",\"from\":\"%s\",\"to\":\"%s\"}"
                .formatted(java.time.LocalDate.now(), java.time.LocalDate.now().plusYears(1)));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    long id = Http.json(asked.body()).getJsonNumber("id").longValue();
    String prepared = "/admin/exports/prepared/" + id;
    await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(
            () -> Http.json(aStaff.get(a.api(prepared)).body()).getString("status"),
            "ready"::equals);
    assertThat(aStaff.get(a.api(prepared + "/file")).body())
        .as("A's file has A's customer")
        .contains("," + a.customerId() + ",");

    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(bAdmin.get(bApi(prepared)).statusCode()).isEqualTo(404);
    assertThat(bAdmin.getBytes(bApi(prepared + "/file")).statusCode()).isEqualTo(404);
    assertThat(Http.jsonArray(bAdmin.get(bApi("/admin/exports/prepared")).body())).isEmpty();
    assertThat(aStaff.get(bApi(prepared)).statusCode()).isEqualTo(401);
  }

  @Test
  void webhookEndpointsAndTheEventsTheyHearStayInTheirTenant() {
    String endpoint = "{\"url\":\"http://127.0.0.1:9/iso\",\"eventTypes\":[\"*\"]}";
    Http aStaff = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    HttpResponse<String> aHook = aStaff.post(a.api("/admin/webhook-endpoints"), endpoint);
    assertThat(aHook.statusCode()).as(aHook.body()).isEqualTo(201);
    long aHookId = Http.json(aHook.body()).getJsonObject("webhook").getJsonNumber("id").longValue();
    Http aCustomer = TestTenants.customerLogin(a);
    HttpResponse<String> aCustomerHook = aCustomer.post(a.api("/webhook-endpoints"), endpoint);
    assertThat(aCustomerHook.statusCode()).as(aCustomerHook.body()).isEqualTo(201);
    long aCustomerHookId =
        Http.json(aCustomerHook.body()).getJsonObject("webhook").getJsonNumber("id").longValue();

    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    // ids are counted per tenant: B makes its own endpoint only after looking for A's
    for (long id : List.of(aHookId, aCustomerHookId)) {
      String path = bApi("/admin/webhook-endpoints/" + id);
      assertThat(bAdmin.get(path).statusCode()).as(path).isEqualTo(404);
      assertThat(bAdmin.get(path + "/deliveries").statusCode()).as(path).isEqualTo(404);
      assertThat(bAdmin.post(path + "/ping", "").statusCode()).as(path).isEqualTo(404);
      assertThat(bAdmin.post(path + "/secret", "").statusCode()).as(path).isEqualTo(404);
      assertThat(bAdmin.delete(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(bAdmin.post(bApi("/admin/webhook-endpoints"), endpoint).statusCode()).isEqualTo(201);
    assertThat(aStaff.get(bApi("/admin/webhook-endpoints")).statusCode()).isEqualTo(401);
    assertThat(Http.json(aStaff.get(a.api("/admin/webhook-endpoints")).body()).getJsonArray("data"))
        .as("staff list the tenant's own endpoints, not the customers'")
        .hasSize(1);

    HttpResponse<String> ticket =
        aCustomer.post(
            a.api("/tickets"), "{\"subject\":\"Hooked\",\"body\":\"Hi\",\"priority\":\"low\"}");
    assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
    assertThat(tenants.strings(a, "SELECT event_type FROM webhook_events"))
        .containsExactly("ticket.created");
    assertThat(
            tenants.strings(
                a, "SELECT DISTINCT endpoint_id::text FROM webhook_deliveries ORDER BY 1"))
        .as("A's two endpoints hear A's customer")
        .containsExactlyInAnyOrder(Long.toString(aHookId), Long.toString(aCustomerHookId));
    assertThat(
            tenants.strings(
                a,
                "SELECT count(*)::text FROM "
                    + tenants.context(b).schema().name()
                    + ".webhook_events"))
        .as("B's endpoint for everything hears nothing of A")
        .containsExactly("0");
  }

  @Test
  void aTenantsWordingOfItsMailAndItsLocaleAreItsOwn() {
    Http aStaff = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    String aApi = "t/" + a.tenant().slug() + "/api/v1";
    assertThat(
            aStaff
                .put(
                    aApi + "/admin/message-templates/invitation",
                    "{\"subject\":\"A only\",\"body\":\"{{link}}\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(aStaff.put(aApi + "/admin/settings", "{\"locale\":\"fr\"}").statusCode())
        .isEqualTo(200);
    for (String path :
        java.util.List.of("/admin/message-templates", "/admin/message-templates/invitation")) {
      assertThat(aStaff.get(bApi(path)).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(
            aStaff
                .put(
                    bApi("/admin/message-templates/invitation"),
                    "{\"subject\":\"Hijack\",\"body\":\"{{link}}\"}")
                .statusCode())
        .isEqualTo(401);

    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    String bInvitation = bAdmin.get(bApi("/admin/message-templates/invitation")).body();
    assertThat(bInvitation).contains("\"customised\":false").doesNotContain("A only");
    assertThat(bAdmin.get(bApi("/admin/settings")).body()).contains("\"locale\":\"en\"");
    assertThat(bAdmin.delete(bApi("/admin/message-templates/invitation")).statusCode())
        .isEqualTo(200);
    assertThat(aStaff.get(aApi + "/admin/message-templates/invitation").body()).contains("A only");
  }

  @Test
  void theOwnerDownloadsTheInvoicePdfInTheTenantsBrand() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    long invoice = a.as(() -> invoiceIdOfA());
    HttpResponse<byte[]> pdf = aCustomer.getBytes(aApi("/invoices/" + invoice + "/pdf"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String raw = new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF").contains(a.tenant().brand().productName());
  }

  @Test
  void aCustomerOfAnotherTenantGetsNotFoundForForeignIds() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> aKey =
        aCustomer.post(
            aApi("/ssh-keys"),
            "{\"name\":\"a-secret-key\",\"publicKey\":\"" + TestSshKeys.LAPTOP + "\"}");
    assertThat(aKey.statusCode()).as(aKey.body()).isEqualTo(201);
    long aKeyId = Http.json(aKey.body()).getJsonNumber("id").longValue();
    Http bCustomer = signUpAtB();
    assertThat(bCustomer.delete(bApi("/ssh-keys/" + aKeyId)).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/ssh-keys")).body()).doesNotContain("a-secret-key");
    HttpResponse<String> withAsKey =
        bCustomer.post(
            bApi("/servers"),
            "{\"planId\":1,\"hostname\":\"b-1\",\"region\":\"sim-ams1\","
                + "\"image\":\"debian-12\",\"sshKeyIds\":["
                + aKeyId
                + "]}");
    assertThat(withAsKey.statusCode()).as("A's key is not found from B").isEqualTo(404);
    assertThat(withAsKey.body()).contains("SSH key " + aKeyId);
    HttpResponse<String> aApp =
        http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD)
            .post(
                aApi("/admin/apps"),
                "{\"name\":\"a-secret-app\",\"description\":\"A only\",\"fields\":[],"
                    + "\"template\":\"#!/bin/sh\"}");
    assertThat(aApp.statusCode()).as(aApp.body()).isEqualTo(201);
    long aAppId = Http.json(aApp.body()).getJsonNumber("id").longValue();
    assertThat(bCustomer.get(bApi("/apps")).body()).doesNotContain("a-secret-app");
    HttpResponse<String> withAsApp =
        bCustomer.post(
            bApi("/servers"),
            "{\"planId\":1,\"hostname\":\"b-1\",\"region\":\"sim-ams1\","
                + "\"image\":\"debian-12\",\"appId\":"
                + aAppId
                + "}");
    assertThat(withAsApp.statusCode()).as("A's app is not found from B").isEqualTo(404);
    assertThat(aCustomer.get(aApi("/ssh-keys")).body()).contains("a-secret-key");
    assertThat(bCustomer.get(bApi("/servers/" + aServer)).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/actions")).statusCode()).isEqualTo(404);
    long aAction = a.as(() -> latestActionOf(aServer));
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/actions/" + aAction)).statusCode())
        .isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/usage")).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/backups")).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/snapshots")).statusCode())
        .isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/volumes")).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/addresses")).statusCode())
        .isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers/" + aServer + "/firewall")).statusCode())
        .isEqualTo(404);
    assertThat(
            bCustomer.put(bApi("/servers/" + aServer + "/firewall"), "{\"rules\":[]}").statusCode())
        .isEqualTo(404);
    assertThat(
            bCustomer
                .post(bApi("/servers/" + aServer + "/actions"), "{\"type\":\"reboot\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            bCustomer
                .post(
                    bApi("/servers/" + aServer + "/actions"),
                    "{\"type\":\"restore_backup\",\"backupId\":\"sim-backup-1\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            bCustomer
                .post(bApi("/servers/" + aServer + "/actions/" + aAction + "/password"), "")
                .statusCode())
        .isEqualTo(404);
    assertThat(bCustomer.delete(bApi("/servers/" + aServer)).statusCode()).isEqualTo(404);
    assertThat(a.as(() -> statusOfServerOfA(aServer))).isEqualTo("RUNNING");
    assertThat(a.as(() -> actionsOfServerOfA(aServer)))
        .as("nothing was asked of A's server from B")
        .isEqualTo(1);
    long aInvoice = a.as(() -> invoiceIdOfA());
    assertThat(bCustomer.get(bApi("/invoices/" + aInvoice)).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/invoices/" + aInvoice + "/pdf")).statusCode()).isEqualTo(404);
    assertThat(bCustomer.get(bApi("/servers")).body()).doesNotContain("a-secret-host");
    for (String path :
        java.util.List.of(
            "/organisations/" + aExtraCustomer,
            "/organisations/" + aExtraCustomer + "/members",
            "/organisations/" + aExtraCustomer + "/roles")) {
      assertThat(bCustomer.get(bApi(path)).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(
            bCustomer.post(bApi("/organisations/" + aExtraCustomer + "/activate"), "").statusCode())
        .isEqualTo(404);

    // an invitation at A to the very address B's customer logs in with stays A's
    HttpResponse<String> team = aCustomer.post(aApi("/organisations"), "{\"name\":\"A team\"}");
    long aTeam = Http.json(team.body()).getJsonNumber("id").longValue();
    HttpResponse<String> invited =
        aCustomer.post(
            aApi("/organisations/" + aTeam + "/invitations"),
            "{\"email\":\"customer@" + b + ".test\",\"role\":\"admin\"}");
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    long aInvitation = Http.json(invited.body()).getJsonNumber("id").longValue();
    assertThat(bCustomer.get(bApi("/invitations")).body()).isEqualTo("[]");
    assertThat(bCustomer.post(bApi("/invitations/" + aInvitation + "/accept"), "").statusCode())
        .isEqualTo(404);
    assertThat(bCustomer.post(bApi("/invitations/" + aInvitation + "/decline"), "").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aPortalSessionDoesNotOpenAnotherTenantsPortal() {
    Http browser = new Http(http.base());
    HttpResponse<String> login =
        FacesLogin.login(
            browser,
            "t/" + a.tenant().slug() + "/login.xhtml",
            "customer@" + a.tenant().slug() + ".test",
            TestTenants.CUSTOMER_PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    HttpResponse<String> own = browser.get("t/" + a.tenant().slug() + "/portal/index.xhtml");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("a-secret-host");

    HttpResponse<String> foreign = browser.get("t/" + b + "/portal/index.xhtml");
    assertThat(foreign.statusCode()).isEqualTo(302);
    assertThat(foreign.headers().firstValue("Location").orElse(""))
        .startsWith("/t/" + b + "/login.xhtml?next=")
        .doesNotContain(a.tenant().slug());
    assertThat(browser.get("t/" + b + "/admin/customers.xhtml").statusCode()).isEqualTo(302);
    assertThat(browser.get(bApi("/balance")).statusCode()).isEqualTo(401);
  }

  @Test
  void anotherTenantsServerPageShowsNothingOfTheServer() {
    signUpAtB();
    Http browser = new Http(http.base());
    FacesLogin.login(
        browser, "t/" + b + "/login.xhtml", "customer@" + b + ".test", "b-customer-password");
    HttpResponse<String> page = browser.get("t/" + b + "/portal/server.xhtml?id=" + aServer);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("no such server").doesNotContain("a-secret-host");
  }

  @Test
  void aConsoleTicketOpensOnlyItsOwnTenantsServer() {
    Http bCustomer = signUpAtB();
    assertThat(bCustomer.post(bApi("/servers/" + aServer + "/console"), "").statusCode())
        .isEqualTo(404);
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> minted = aCustomer.post(aApi("/servers/" + aServer + "/console"), "");
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    String ticket = Http.json(minted.body()).getString("ticket");
    String namingB =
        ticket.replaceFirst("^bcc_[0-9]+_", "bcc_" + tenants.context(b).tenantId() + "_");
    assertThat(SocketClient.open(http.base(), "/ws/console/" + namingB).awaitClosed())
        .isEqualTo("1008 ticket refused");
    SocketClient own = SocketClient.open(http.base(), "/ws/console/" + ticket);
    own.awaitScreen("root@a-secret-host:~# ");
    own.close();
  }

  @Test
  void aPushSocketHearsOnlyItsOwnTenant() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> minted = aCustomer.post(aApi("/push/tickets"), "{}");
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    String ticket = Http.json(minted.body()).getString("ticket");
    String namingB =
        ticket.replaceFirst("^bcp_[0-9]+_", "bcp_" + tenants.context(b).tenantId() + "_");
    assertThat(SocketClient.open(http.base(), "/ws/push/" + namingB).awaitClosed())
        .isEqualTo("1008 ticket refused");
    SocketClient aSocket = SocketClient.open(http.base(), "/ws/push/" + ticket);
    long bOrganisation =
        tenants.signUpCustomer(
            tenants.context(b), "push@" + b + ".test", "B pusher", "b-customer-password");
    pushHearing.awaitAllHeard(tenants.context(b), bOrganisation);
    HttpResponse<String> bMinted =
        http.as("push@" + b + ".test", "b-customer-password").post(bApi("/push/tickets"), "{}");
    assertThat(bMinted.statusCode()).as(bMinted.body()).isEqualTo(201);
    SocketClient bSocket =
        SocketClient.open(http.base(), Http.json(bMinted.body()).getString("socketPath"));
    String everything = "{\"topic\":\"*\"}";
    aSocket.awaitScreen(everything);
    bSocket.awaitScreen(everything);

    a.as(() -> wallets.credit(a.customerId(), BigDecimal.ONE, "A", "iso-push-a", "test"));
    String heardByA = "{\"topic\":\"balance\",\"organisation\":" + a.customerId() + "}";
    aSocket.awaitScreen(heardByA);
    TestTenants.as(
        tenants.context(b),
        () -> wallets.credit(bOrganisation, BigDecimal.ONE, "B", "iso-push-b", "test"));
    String heardByB = "{\"topic\":\"balance\",\"organisation\":" + bOrganisation + "}";
    bSocket.awaitScreen(heardByB);
    assertThat(bSocket.screen().replace("{\"topic\":\"notifications\"}", ""))
        .as(
            "B heard its own later change (and of the notification it was told of it), so it would"
                + " have heard A's")
        .isEqualTo(everything + heardByB);
    aSocket.close();
    bSocket.close();
  }

  @Test
  void aShopsPricesAndSitemapAreItsOwn() {
    Http visitor = new Http(Http.localServer());
    String aPrices = visitor.get("t/" + a.tenant().slug() + "/pricing.xhtml").body();
    assertThat(aPrices).contains("Order Small").contains("order.xhtml?plan=" + a.planId());
    HttpResponse<String> bPrices = visitor.get("t/" + b + "/pricing.xhtml");
    assertThat(bPrices.statusCode()).isEqualTo(200);
    assertThat(bPrices.body()).doesNotContain("Order Small").contains("id=\"no-plans\"");
    HttpResponse<String> bSitemap = visitor.get("t/" + b + "/sitemap.xml");
    assertThat(bSitemap.statusCode()).isEqualTo(200);
    assertThat(bSitemap.body())
        .contains("/t/" + b + "/pricing.xhtml</loc>")
        .doesNotContain(a.tenant().slug());
    assertThat(visitor.get("t/" + b + "/robots.txt").body())
        .contains("Disallow: /t/" + b + "/portal/")
        .contains("Sitemap: ")
        .contains("/t/" + b + "/sitemap.xml")
        .doesNotContain(a.tenant().slug());
  }

  @Test
  void aShopsLegalPagesAndTheirAcceptanceStayInIt() {
    long aTerms =
        a.as(() -> legalPages.publish("terms", "A terms", "Only for A's customers.")).id();
    Http visitor = new Http(Http.localServer());
    assertThat(visitor.get(aApi("/legal")).body()).contains("A terms");
    assertThat(visitor.get(bApi("/legal")).body()).isEqualTo("[]");
    assertThat(visitor.get("t/" + b + "/legal.xhtml?page=terms").statusCode()).isEqualTo(404);
    assertThat(visitor.get("t/" + b + "/signup.xhtml").body()).doesNotContain("A terms");
    HttpResponse<String> acceptingAs =
        visitor.post(
            bApi("/account/registrations"),
            "{\"email\":\"legal@b.test\",\"name\":\"L\",\"password\":\"legal-password-1\","
                + "\"accepted\":["
                + aTerms
                + "]}");
    assertThat(acceptingAs.statusCode()).as("A's terms are no version of B's").isEqualTo(409);
    HttpResponse<String> bStaffReads =
        http.as("admin@" + b + ".test", bAdminPassword).get(bApi("/admin/legal/terms"));
    assertThat(bStaffReads.statusCode()).isEqualTo(200);
    assertThat(bStaffReads.body()).isEqualTo("[]");
  }

  private Http signUpAtB() {
    TestTenants.as(
        tenants.context(b),
        () -> accounts.signUp("customer@" + b + ".test", "B customer", "b-customer-password"));
    return http.as("customer@" + b + ".test", "b-customer-password");
  }

  private long invoiceIdOfA() {
    return ((Number)
            tenants
                .em()
                .createNativeQuery("SELECT id FROM invoices WHERE organisation_id = ?1")
                .setParameter(1, a.customerId())
                .getSingleResult())
        .longValue();
  }

  @Test
  void paymentsGatewaysRefundsAndWebhooksStayInTheirTenant() {
    String secret = "tgsec_iso_a";
    a.as(
        () ->
            gateways.configure(
                GatewayKind.TEST,
                new GatewayChange(
                    false,
                    null,
                    null,
                    null,
                    secret,
                    null,
                    true,
                    BigDecimal.ONE,
                    new BigDecimal("100"),
                    java.util.List.of())));
    String portal = Http.localServer().resolve("t/" + a.tenant().slug()).toString();
    Payment started =
        a.as(
            () ->
                topUps.start(
                    a.customerId(),
                    GatewayKind.TEST,
                    new BigDecimal("12"),
                    false,
                    new TopUps.ReturnPages(portal + "/portal/payment.xhtml", portal)));
    a.as(() -> desk.pay(started.checkoutReference(), "4242"));
    long aPayment = a.as(() -> topUps.confirm(a.customerId(), started.id())).id();

    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(bAdmin.get(bApi("/admin/payments")).body()).contains("\"total\":0");
    assertThat(bAdmin.get(bApi("/admin/payment-gateways")).body()).isEqualTo("[]");
    assertThat(bAdmin.get(bApi("/admin/payments/" + aPayment)).statusCode()).isEqualTo(404);
    assertThat(bAdmin.get(bApi("/admin/payment-gateways/test")).statusCode()).isEqualTo(404);
    assertThat(
            bAdmin
                .post(bApi("/admin/payments/" + aPayment + "/refunds"), "{\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(404);

    tenants.signUpCustomer(tenants.context(b), "payer@b.test", "Payer", "payer-password");
    Http bCustomer = http.as("payer@b.test", "payer-password");
    for (String path :
        java.util.List.of("/payments/" + aPayment, "/payments/" + aPayment + "/receipt.pdf")) {
      assertThat(bCustomer.get(bApi(path)).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(bCustomer.post(bApi("/payments/" + aPayment + "/confirm"), "").statusCode())
        .isEqualTo(404);
    assertThat(bCustomer.get(bApi("/payment-methods")).body()).isEqualTo("[]");

    Http browser = new Http(http.base());
    FacesLogin.login(browser, "t/" + b + "/login.xhtml", "payer@b.test", "payer-password");
    HttpResponse<String> paymentPage =
        browser.get("t/" + b + "/portal/payment.xhtml?payment=" + aPayment);
    assertThat(paymentPage.statusCode()).isEqualTo(200);
    assertThat(paymentPage.body()).contains("was not found").doesNotContain("12.00");
    assertThat(browser.get("t/" + b + "/portal/wallet.xhtml").body())
        .contains("No payments yet")
        .doesNotContain("12.00");
    Http staffBrowser = new Http(http.base());
    FacesLogin.login(
        staffBrowser, "t/" + b + "/login.xhtml", "admin@" + b + ".test", bAdminPassword);
    HttpResponse<String> staffPage = staffBrowser.get("t/" + b + "/admin/payments.xhtml");
    assertThat(staffPage.statusCode()).isEqualTo(200);
    assertThat(staffPage.body()).doesNotContain("12.00").contains("No gateway is connected");

    String event =
        "{\"id\":\"tgevt_iso\",\"type\":\"checkout.paid\",\"created\":1,\"data\":{"
            + "\"reference\":\""
            + a.tenant().slug()
            + "-pay-"
            + aPayment
            + "\",\"charge\":\"tgc_iso\",\"amount\":\"12\",\"currency\":\"EUR\"}}";
    assertThat(
            new Http(Http.localServer())
                .withHeader(
                    TestGatewaySignature.HEADER,
                    TestGatewaySignature.sign(secret, Instant.now(), event))
                .post(bApi("/webhooks/test"), event)
                .statusCode())
        .as("A's gateway's event at B's endpoint: B takes no test payments")
        .isEqualTo(404);
  }

  @Test
  void ticketsAreFoundOnlyByTheirOrganisationAndTheirTenantsStaff() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> opened =
        aCustomer.post(
            aApi("/tickets"), "{\"subject\":\"A's secret trouble\",\"body\":\"Only for A\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long ticket = Http.json(opened.body()).getJsonNumber("id").longValue();
    HttpResponse<String> attached =
        aCustomer.raw(
            "POST",
            aApi("/tickets/" + ticket + "/attachments?name=secret.txt"),
            "text/plain",
            "A's secret file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    long file = Http.json(attached.body()).getJsonNumber("id").longValue();

    Http aOtherOrganisation = http.as("extra@a.test", "extra-password");
    Http bCustomer = signUpAtB();
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    for (Http[] stranger : new Http[][] {{aOtherOrganisation}, {bCustomer}}) {
      String base = stranger[0] == aOtherOrganisation ? aApi("") : bApi("");
      Http who = stranger[0];
      assertThat(who.get(base + "/tickets/" + ticket).statusCode()).isEqualTo(404);
      assertThat(
              who.post(base + "/tickets/" + ticket + "/replies", "{\"body\":\"x\"}").statusCode())
          .isEqualTo(404);
      assertThat(who.post(base + "/tickets/" + ticket + "/close", "").statusCode()).isEqualTo(404);
      assertThat(who.get(base + "/tickets").body()).doesNotContain("secret trouble");
      assertThat(who.getBytes(base + "/tickets/" + ticket + "/attachments/" + file).statusCode())
          .isEqualTo(404);
      assertThat(who.getBytes(base + "/tickets/" + ticket + "/transcript.pdf").statusCode())
          .isEqualTo(404);
    }
    assertThat(bAdmin.get(bApi("/admin/tickets/" + ticket)).statusCode()).isEqualTo(404);
    assertThat(
            bAdmin
                .post(bApi("/admin/tickets/" + ticket + "/notes"), "{\"body\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            bAdmin
                .post(bApi("/admin/tickets/" + ticket + "/replies"), "{\"body\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.put(bApi("/admin/tickets/" + ticket), "{\"status\":\"closed\"}").statusCode())
        .isEqualTo(404);
    assertThat(
            bAdmin.getBytes(bApi("/admin/tickets/" + ticket + "/attachments/" + file)).statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.getBytes(bApi("/admin/tickets/" + ticket + "/transcript.pdf")).statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.get(bApi("/admin/tickets?status=all")).body())
        .doesNotContain("secret trouble");

    JsonObject untouched = Http.json(aCustomer.get(aApi("/tickets/" + ticket)).body());
    assertThat(untouched.getString("status")).isEqualTo("open");
    assertThat(untouched.getJsonArray("messages")).hasSize(1);
  }

  @Test
  void pagesIncidentsAnnouncementsAndSuggestionsStayInTheirTenant() {
    Http aAdmin = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    long article =
        published(
            aAdmin,
            "{\"kind\":\"doc\",\"title\":\"Secret zanzibar recipe\",\"body\":\"Only A knows zanzibar.\"}");
    long announcement =
        published(
            aAdmin, "{\"kind\":\"announcement\",\"title\":\"A only news\",\"body\":\"For A.\"}");
    HttpResponse<String> category =
        aAdmin.post(aApi("/admin/content/categories"), "{\"name\":\"A's corner\"}");
    long categoryId = Http.json(category.body()).getJsonNumber("id").longValue();
    HttpResponse<String> incident =
        aAdmin.post(
            aApi("/admin/status/incidents"), "{\"title\":\"A is down\",\"body\":\"A only\"}");
    assertThat(incident.statusCode()).as(incident.body()).isEqualTo(201);
    long incidentId = Http.json(incident.body()).getJsonNumber("id").longValue();
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> ticket =
        aCustomer.post(
            aApi("/tickets"),
            "{\"subject\":\"Zanzibar recipe\",\"body\":\"Where is the zanzibar recipe?\"}");
    long ticketId = Http.json(ticket.body()).getJsonNumber("id").longValue();
    assertThat(aAdmin.get(aApi("/admin/tickets/" + ticketId + "/suggestion")).body())
        .contains("Secret zanzibar recipe");

    assertThat(http.get(bApi("/content/articles/doc/secret-zanzibar-recipe")).statusCode())
        .isEqualTo(404);
    assertThat(http.get(bApi("/content/articles?q=zanzibar")).body()).contains("\"total\":0");
    assertThat(http.get(bApi("/content/categories")).body()).doesNotContain("A's corner");
    assertThat(http.get("t/" + b + "/help/article.xhtml?slug=secret-zanzibar-recipe").statusCode())
        .isEqualTo(404);
    assertThat(http.get(bApi("/status")).body()).doesNotContain("A is down");
    assertThat(http.get("t/" + b + "/status.xhtml").body()).doesNotContain("A is down");
    for (String path :
        List.of(
            "/admin/content/articles/" + article,
            "/admin/status/incidents/" + incidentId,
            "/admin/tickets/" + ticketId + "/suggestion")) {
      assertThat(bAdmin.get(bApi(path)).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(bAdmin.get(bApi("/admin/content/articles")).body()).doesNotContain("zanzibar");
    assertThat(bAdmin.get(bApi("/admin/status/incidents")).body()).doesNotContain("A is down");
    assertThat(
            bAdmin
                .put(bApi("/admin/content/articles/" + article), "{\"title\":\"x\",\"body\":\"y\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            bAdmin.post(bApi("/admin/content/articles/" + article + "/unpublish"), "").statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.delete(bApi("/admin/content/articles/" + article)).statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.delete(bApi("/admin/content/categories/" + categoryId)).statusCode())
        .isEqualTo(404);
    assertThat(
            bAdmin
                .post(
                    bApi("/admin/status/incidents/" + incidentId + "/updates"),
                    "{\"status\":\"resolved\",\"body\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.delete(bApi("/admin/status/incidents/" + incidentId)).statusCode())
        .isEqualTo(404);
    Http bCustomer = signUpAtB();
    assertThat(bCustomer.get(bApi("/announcements")).body()).doesNotContain("A only news");
    assertThat(bCustomer.post(bApi("/announcements/" + announcement + "/dismiss"), "").statusCode())
        .isEqualTo(404);

    HttpResponse<String> bTicket =
        bCustomer.post(
            bApi("/tickets"),
            "{\"subject\":\"Zanzibar recipe\",\"body\":\"Where is the zanzibar recipe?\"}");
    long bTicketId = Http.json(bTicket.body()).getJsonNumber("id").longValue();
    assertThat(bAdmin.get(bApi("/admin/tickets/" + bTicketId + "/suggestion")).body())
        .as("B's suggestions never draw on A's pages")
        .doesNotContain("zanzibar recipe\"")
        .contains("\"sources\":[]");

    assertThat(http.get(aApi("/content/articles/doc/secret-zanzibar-recipe")).statusCode())
        .isEqualTo(200);
    assertThat(aCustomer.get(aApi("/announcements")).body()).contains("A only news");
  }

  private long published(Http admin, String page) {
    HttpResponse<String> created = admin.post(aApi("/admin/content/articles"), page);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created.body()).getJsonNumber("id").longValue();
    assertThat(admin.post(aApi("/admin/content/articles/" + id + "/publish"), "").statusCode())
        .isEqualTo(200);
    return id;
  }

  @Test
  void aTenantsBrandAndTheLogoItsAdminsUploadedAreItsOwn() {
    Http aAdmin = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    HttpResponse<String> uploaded =
        aAdmin.raw("PUT", aApi("/admin/brand/logo"), "image/png", TestImages.png(300, 100));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    String logo = Http.json(uploaded.body()).getString("logoUrl");
    assertThat(logo).startsWith("/brand/logo-");
    Http stranger = new Http(Http.localServer());
    assertThat(stranger.get("t/" + a.tenant().slug() + logo).statusCode()).isEqualTo(200);
    assertThat(stranger.get("t/" + b + logo).statusCode())
        .as("A's logo is not served under B's portal")
        .isEqualTo(404);
    HttpResponse<String> icon =
        aAdmin.raw("PUT", aApi("/admin/brand/icon"), "image/png", TestImages.png(64, 64));
    assertThat(icon.statusCode()).as(icon.body()).isEqualTo(200);
    String iconUrl = Http.json(icon.body()).getString("iconUrl");
    assertThat(stranger.get("t/" + a.tenant().slug() + iconUrl).statusCode()).isEqualTo(200);
    assertThat(stranger.get("t/" + b + iconUrl).statusCode())
        .as("A's icon is not served under B's portal")
        .isEqualTo(404);
    assertThat(stranger.get("t/" + b + "/login.xhtml").body()).doesNotContain(iconUrl);
    JsonObject aBrand = Http.json(aAdmin.get(aApi("/admin/brand")).body());
    HttpResponse<String> aLook =
        aAdmin.put(
            aApi("/admin/brand"),
            "{\"productName\":\""
                + aBrand.getString("productName")
                + "\",\"primaryColor\":\""
                + aBrand.getString("primaryColor")
                + "\"}");
    assertThat(Http.json(aLook.body()).getString("iconUrl"))
        .as("a change of look keeps the icon")
        .isEqualTo(iconUrl);

    HttpResponse<String> rebranded =
        bAdmin.put(
            bApi("/admin/brand"), "{\"productName\":\"B Cloud\",\"primaryColor\":\"#123456\"}");
    assertThat(rebranded.statusCode()).as(rebranded.body()).isEqualTo(200);
    assertThat(Http.json(rebranded.body()).getString("logoUrl", null)).isNull();
    assertThat(Http.json(aAdmin.get(aApi("/admin/brand")).body()).getString("productName"))
        .isNotEqualTo("B Cloud");
    assertThat(stranger.get("t/" + a.tenant().slug() + "/login.xhtml").body())
        .doesNotContain("B Cloud")
        .contains(logo);
  }

  @Test
  void aDomainOneTenantAskedForIsNeitherSeenNorWithdrawnByAnother() {
    Http aAdmin = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    String domain =
        "iso-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example.net";
    HttpResponse<String> asked =
        aAdmin.post(aApi("/admin/domains"), "{\"domain\":\"" + domain + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    long id = Http.json(asked.body()).getJsonNumber("id").longValue();

    assertThat(bAdmin.get(bApi("/admin/domains")).body()).doesNotContain(domain);
    assertThat(bAdmin.delete(bApi("/admin/domains/" + id)).statusCode()).isEqualTo(404);
    assertThat(aAdmin.delete(aApi("/admin/domains/" + id)).statusCode()).isEqualTo(204);
  }

  @Test
  void maintenanceAndItsBypassesBelongToTheirTenant() {
    String aStaff = tenants.staffOf(a);
    Http aAdmin = http.as(aStaff, TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    HttpResponse<String> bypass =
        aAdmin.post(aApi("/admin/maintenance/bypasses"), "{\"name\":\"A's tester\"}");
    assertThat(bypass.statusCode()).as(bypass.body()).isEqualTo(201);
    long aBypass = Http.json(bypass.body()).getJsonObject("bypass").getJsonNumber("id").longValue();
    String aToken = Http.json(bypass.body()).getString("token");
    assertThat(bAdmin.delete(bApi("/admin/maintenance/bypasses/" + aBypass)).statusCode())
        .isEqualTo(404);
    assertThat(bAdmin.get(bApi("/admin/maintenance/bypasses")).body()).doesNotContain("A's tester");

    try {
      assertThat(bAdmin.put(bApi("/admin/maintenance"), "{\"enabled\":true}").statusCode())
          .isEqualTo(200);
      Http aCustomer =
          http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
      assertThat(aCustomer.get(aApi("/servers")).statusCode()).as("A stays open").isEqualTo(200);
      Http stranger = new Http(Http.localServer());
      assertThat(stranger.get("t/" + b + "/maintenance-bypass?token=" + aToken).statusCode())
          .as("A's bypass opens nothing at B")
          .isEqualTo(404);
    } finally {
      bAdmin.put(bApi("/admin/maintenance"), "{\"enabled\":false}");
    }
  }

  @Test
  void aMailNamingOneTenantsTicketLandsNowhereElseAndTheMailboxIsTheTenantsOwn() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    long ticket = openTicketAtA(aCustomer, "A's mail");
    ReplyReference reference =
        CurrentTenant.supplyAs(
            a.tenant(),
            () -> ticketRepository.find(ticket).orElseThrow().replyReference(ReplySide.CUSTOMER));
    String subject = "Re: New answer " + reference.mark();
    String aCustomerEmail = "customer@" + a.tenant().slug() + ".test";

    ReceivedMail.Outcome atB =
        asMailIn(
            tenants.context(b),
            new InboundMail("<iso-1@a>", aCustomerEmail, subject, "Into B?", false));
    assertThat(atB).isEqualTo(ReceivedMail.Outcome.NO_TICKET);
    ReceivedMail.Outcome bAdminAtA =
        asMailIn(
            a.tenant(),
            new InboundMail("<iso-2@b>", "admin@" + b + ".test", subject, "From B", false));
    assertThat(bAdminAtA).isEqualTo(ReceivedMail.Outcome.UNKNOWN_SENDER);
    ReceivedMail.Outcome own =
        asMailIn(
            a.tenant(),
            new InboundMail("<iso-3@a>", aCustomerEmail, subject, "The real answer", false));
    assertThat(own).isEqualTo(ReceivedMail.Outcome.ACCEPTED);
    assertThat(aCustomer.get(aApi("/tickets/" + ticket)).body())
        .contains("The real answer")
        .doesNotContain("From B")
        .doesNotContain("Into B?");

    Http aAdmin = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    HttpResponse<String> set =
        aAdmin.put(
            aApi("/admin/support/mailbox"),
            "{\"address\":\"help@a.test\",\"host\":\"127.0.0.1\",\"port\":993,"
                + "\"security\":\"ssl\",\"username\":\"help@a.test\",\"password\":\"a-secret\","
                + "\"enabled\":false}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(bAdmin.get(bApi("/admin/support/mailbox")).statusCode()).isEqualTo(404);
    JsonObject bReceived = Http.json(bAdmin.get(bApi("/admin/support/mailbox/received")).body());
    assertThat(bReceived.getJsonArray("data")).as("only the mail B read").hasSize(1);
    assertThat(bReceived.getJsonArray("data").getJsonObject(0).getString("outcome"))
        .isEqualTo("no_ticket");
    assertThat(bReceived.getJsonArray("data").getJsonObject(0).containsKey("ticketId")).isFalse();
    assertThat(aAdmin.get(aApi("/admin/support/mailbox/received")).body())
        .contains("\"outcome\":\"accepted\"")
        .contains("\"ticketId\":" + ticket);
    assertThat(bAdmin.get(aApi("/admin/support/mailbox")).statusCode()).isIn(401, 403, 404);
  }

  @Test
  void aVisitorsMessageToOneShopIsOnlyInThatShopsQueue() {
    String subject = "Visitor at A " + UUID.randomUUID();
    HttpResponse<String> sent =
        http.post(
            aApi("/contact"),
            "{\"name\":\"Vi\",\"email\":\"vi-iso@elsewhere.test\",\"subject\":\""
                + subject
                + "\",\"body\":\"Hello A\"}");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    Http aAdmin = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    assertThat(aAdmin.get(aApi("/admin/tickets?limit=100")).body()).contains(subject);
    assertThat(bAdmin.get(bApi("/admin/tickets?limit=100")).body()).doesNotContain(subject);
  }

  @Test
  void aDiscordChannelAnswersOnlyItsOwnTenantsTicketsWithItsOwnKey() {
    Http aCustomer =
        http.as("customer@" + a.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    long ticket = openTicketAtA(aCustomer, "A's chat");
    Http aAdmin = http.as(tenants.staffOf(a), TestTenants.STAFF_PASSWORD);
    Http bAdmin = http.as("admin@" + b + ".test", bAdminPassword);
    long bAdminId = Http.json(bAdmin.get(bApi("/me")).body()).getJsonNumber("id").longValue();
    String bOnDiscord = "80351110224678913";
    String reply = DiscordStandIn.reply("1300000000000000009", bOnDiscord, ticket, "From B");
    String atB = bApi("/webhooks/discord/interactions");
    try (DiscordStandIn aDiscord = DiscordStandIn.keyOnly();
        DiscordStandIn bDiscord = DiscordStandIn.keyOnly()) {
      assertThat(aAdmin.put(aApi("/admin/support/discord"), aDiscord.settings()).statusCode())
          .isEqualTo(200);
      assertThat(bAdmin.get(bApi("/admin/support/discord")).statusCode()).isEqualTo(404);
      assertThat(bAdmin.get(aApi("/admin/support/discord")).statusCode()).isIn(401, 403, 404);
      assertThat(aDiscord.interact(http, atB, reply).statusCode())
          .as("B has no channel")
          .isEqualTo(404);

      assertThat(bAdmin.put(bApi("/admin/support/discord"), bDiscord.settings()).statusCode())
          .isEqualTo(200);
      HttpResponse<String> linked =
          bAdmin.put(
              bApi("/admin/support/discord/staff/" + bOnDiscord), "{\"staffId\":" + bAdminId + "}");
      assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
      assertThat(aDiscord.interact(http, atB, reply).statusCode())
          .as("A's key is not B's")
          .isEqualTo(401);
      HttpResponse<String> intoA = bDiscord.interact(http, atB, reply);
      assertThat(intoA.statusCode()).as(intoA.body()).isEqualTo(200);
      assertThat(intoA.body()).as("A's ticket is not found at B").contains("not found");
      assertThat(aAdmin.get(aApi("/admin/support/discord")).body()).doesNotContain(bOnDiscord);
    }
    assertThat(aCustomer.get(aApi("/tickets/" + ticket)).body()).doesNotContain("From B");
  }

  private ReceivedMail.Outcome asMailIn(TenantContext tenant, InboundMail mail) {
    return CurrentTenant.supplyAs(
        tenant,
        () ->
            CurrentCaller.supplyAs(
                Caller.system("mail-in"), () -> mailReplies.take(mail).orElseThrow()));
  }

  private long openTicketAtA(Http aCustomer, String subject) {
    HttpResponse<String> opened =
        aCustomer.post(aApi("/tickets"), "{\"subject\":\"" + subject + "\",\"body\":\"Only A\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return Http.json(opened.body()).getJsonNumber("id").longValue();
  }

  private String aApi(String path) {
    return "t/" + a.tenant().slug() + "/api/v1" + path;
  }

  private String bApi(String path) {
    return "t/" + b + "/api/v1" + path;
  }
}
