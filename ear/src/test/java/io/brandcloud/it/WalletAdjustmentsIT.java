package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.WalletOverview;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Billing staff credit, debit and reverse; every change is a ledger row and the customer can export
 * them.
 */
@ExtendWith(ArquillianExtension.class)
class WalletAdjustmentsIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB UserAccounts accounts;
  @EJB Wallets wallets;
  @EJB WalletOverview overview;

  /** A fresh tenant reached over HTTP, its admin logged in by Basic credentials. */
  private record Shop(TenantContext tenant, Http http, Http admin) {
    long signUp(TestTenants tenants, String email) {
      return tenants.signUpCustomer(tenant, email, "Customer", "customer-password");
    }
  }

  private Shop newShop(String prefix) {
    String slug = TestTenants.uniqueSlug(prefix);
    CreatedTenant created = tenants.create(slug);
    Http http = new Http(Http.localServer().resolve("t/" + slug + "/"));
    return new Shop(
        tenants.context(slug),
        http,
        http.as(
            "admin@" + slug + ".test",
            Http.chooseOwnPassword(
                Http.localServer(),
                slug,
                "admin@" + slug + ".test",
                created.adminOneTimePassword())));
  }

  /** Making a running server moves the application clock; later tests need the real one. */
  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void staffCreditReverseAndDebitAndTheLedgerExplainsTheBalance() {
    Shop shop = newShop("wallet");
    TenantContext tenant = shop.tenant();
    long customer = shop.signUp(tenants, "c@w.test");
    long other = shop.signUp(tenants, "o@w.test");
    Http http = shop.http();
    Http admin = shop.admin();
    String customerApi = "api/v1/admin/customers/" + customer;

    assertThat(admin.post(customerApi + "/credits", credit("10.00", "r1")).body())
        .contains("\"amount\":\"10\"");
    admin.post("api/v1/admin/customers/" + other + "/credits", credit("5.00", "r2"));
    assertThat(TestTenants.as(tenant, () -> overview.current(1)).topUpsThisMonth().amount())
        .as("staff credits are not payments customers made")
        .isZero();
    assertThat(OwnMail.lastBodyTo(tenant, "c@w.test", "we added \u20ac10.00"))
        .as("the customer hears of it, with the reason staff gave")
        .contains("to the balance of")
        .contains("The balance is now \u20ac10.00");
    long topUp = firstId(admin.get(customerApi + "/transactions").body());
    long othersTopUp =
        firstId(admin.get("api/v1/admin/customers/" + other + "/transactions").body());

    HttpResponse<String> reversed =
        admin.post(
            customerApi + "/transactions/" + topUp + "/reversal", "{\"reason\":\"Chargeback\"}");
    assertThat(reversed.statusCode()).isEqualTo(200);
    assertThat(reversed.body()).contains("\"amount\":\"0\"");
    assertThat(admin.get(customerApi + "/transactions").body())
        .as("the reversal names what it reverses and the reason, both as staff wrote them")
        .contains("\"description\":\"Reversal of Adjustment: Chargeback\"");
    assertThat(
            admin
                .post(
                    customerApi + "/transactions/" + topUp + "/reversal", "{\"reason\":\"again\"}")
                .statusCode())
        .isEqualTo(409);
    assertThat(
            admin
                .post(
                    customerApi + "/transactions/" + othersTopUp + "/reversal",
                    "{\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(404);

    HttpResponse<String> uncovered = admin.post(customerApi + "/debits", credit("2.50", "d1"));
    assertThat(uncovered.statusCode()).as(uncovered.body()).isEqualTo(409);
    assertThat(uncovered.body())
        .contains("\"code\":\"overdraw_not_confirmed\"")
        .contains("\"balance\":\"0")
        .contains("\"balanceAfter\":\"-2.5");
    HttpResponse<String> debited =
        admin.post(
            customerApi + "/debits",
            "{\"amount\":\"2.50\",\"reason\":\"Fee\",\"reference\":\"d1\",\"overdraw\":true}");
    assertThat(debited.body()).contains("\"amount\":\"-2.5\"");
    assertThat(admin.post(customerApi + "/debits", credit("2.50", "d1")).statusCode())
        .isEqualTo(409);
    assertThat(
            admin
                .post(
                    customerApi + "/debits",
                    "{\"amount\":\"-1\",\"reason\":\"x\",\"reference\":\"d2\"}")
                .statusCode())
        .isEqualTo(400);

    HttpResponse<String> csv =
        http.as("c@w.test", "customer-password").get("api/v1/transactions.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().skip(1))
        .hasSize(3)
        .anyMatch(l -> l.contains(",CREDIT,10,"))
        .anyMatch(l -> l.contains(",REVERSAL,-10,"))
        .anyMatch(l -> l.contains(",ADJUSTMENT,-2.5,"));

    Http owner = http.as("c@w.test", "customer-password");
    HttpResponse<byte[]> pdf = owner.getBytes("api/v1/transactions.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    String raw = new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF").contains("Transactions of Customer");

    long first =
        Http.json(owner.get("api/v1/transactions?limit=1").body())
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> detail = owner.get("api/v1/transactions/" + first);
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains("\"createdBy\":\"admin@");
    HttpResponse<String> foreign =
        http.as("o@w.test", "customer-password").get("api/v1/transactions/" + first);
    assertThat(foreign.statusCode()).as("another organisation's transaction").isEqualTo(404);

    assertThat(TestTenants.as(tenant, () -> wallets.balanceOf(customer)))
        .isEqualTo(TestTenants.as(tenant, () -> wallets.ledgerSum(customer)));
  }

  @Test
  void amountsThatAreNegativeTooPreciseOrHugeAreRefusedAndBookNothing() {
    Shop shop = newShop("amounts");
    long customer = shop.signUp(tenants, "c@amounts.test");
    Http admin = shop.admin();
    String customerApi = "api/v1/admin/customers/" + customer;
    List<String> refused =
        List.of(
            credit("-5", "neg"),
            credit("0", "zero"),
            credit("0.0000001", "tiny"),
            credit("1e-30", "tinier"),
            credit("12.345", "cents"),
            credit("9999999999999", "huge"),
            credit("1000000000.01", "over"),
            "{\"amount\":9223372036854775808,\"reason\":\"Big\",\"reference\":\"big\"}");
    for (String body : refused) {
      for (String booking : List.of("/credits", "/debits")) {
        HttpResponse<String> answer = admin.post(customerApi + booking, body);
        assertThat(answer.statusCode()).as(booking + " " + body).isEqualTo(400);
        assertThat(answer.body()).as(body).contains("\"field\":\"amount\"");
      }
    }
    assertThat(admin.get(customerApi + "/transactions").body()).startsWith("{\"data\":[]");
    assertThat(admin.post(customerApi + "/credits", credit("1000000000", "max")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void onTheCustomersPageADebitTheBalanceDoesNotCoverWaitsForStaffToConfirmIt() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("overdraw"), new BigDecimal("5.00"));
    scenario.runningServer(shop, shop.customerId(), "listed-1");
    String page = "t/" + shop.tenant().slug() + "/admin/customers.xhtml";
    Http staff = new Http(Http.localServer());
    FacesLogin.login(
        staff,
        "t/" + shop.tenant().slug() + "/login.xhtml",
        tenants.staffOf(shop),
        TestTenants.STAFF_PASSWORD);
    java.util.Map<String, String> debit =
        java.util.Map.of(
            "amount:input_input", "20.00", "amount:input_hinput", "20.00", "reason", "Setup fee");
    HttpResponse<String> chosen =
        FacesLogin.submit(staff, page, "people", java.util.Map.of(), "customers:table:0:wallet");
    assertThat(chosen.body()).contains("Customer of " + shop.tenant().slug());
    assertThat(chosen.body())
        .as("the tenant's servers, each with its customer's name")
        .containsPattern("(?s)listed-1.{0,600}Customer of " + shop.tenant().slug());

    HttpResponse<String> unexplained =
        FacesLogin.submitOn(
            staff,
            page,
            chosen,
            "credit",
            java.util.Map.of(
                "amount:input_input", "20.00", "amount:input_hinput", "20.00", "reason", ""),
            "submit");
    assertThat(unexplained.body())
        .contains("Say why: the customer reads the reason on their statement.")
        .doesNotContain("Wallet credited");

    HttpResponse<String> asked = FacesLogin.submitOn(staff, page, chosen, "credit", debit, "debit");

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body()).contains("This debit takes the balance from €5.00 to -€15.00");
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId())).amount())
        .isEqualByComparingTo("5.00");

    HttpResponse<String> confirmed =
        FacesLogin.submitOn(staff, page, asked, "credit", debit, "debitAnyway");

    assertThat(confirmed.body()).contains("Wallet debited");
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId())).amount())
        .isEqualByComparingTo("-15.00");
  }

  @Test
  void aMarkupOrBackupPriceThatDoesNotFitIsRefusedAndChangesNothing() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("markup"), BigDecimal.ONE);
    Http admin = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    String plan = "t/" + shop.tenant().slug() + "/api/v1/admin/plans/" + shop.planId();
    for (String body :
        List.of(
            "{\"markupPercent\":-50}",
            "{\"markupPercent\":12.345}",
            "{\"markupPercent\":10000.01}",
            "{\"backupMonthlyPrice\":0.001}",
            "{\"backupMonthlyPrice\":9999999999999}")) {
      HttpResponse<String> answer = admin.put(plan, body);
      assertThat(answer.statusCode()).as(body).isEqualTo(400);
    }
    assertThat(admin.get("t/" + shop.tenant().slug() + "/api/v1/admin/plans").body())
        .contains("\"markupPercent\":46")
        .doesNotContain("backupMonthlyPrice\":{");
  }

  @Test
  void theSameCreditSentTwiceAtOnceIsBookedOnce() throws Exception {
    Shop shop = newShop("twice");
    TenantContext tenant = shop.tenant();
    long customer = shop.signUp(tenants, "c@t.test");
    Http admin = shop.admin();
    String path = "api/v1/admin/customers/" + customer + "/credits";

    var first =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> admin.post(path, credit("7", "same")));
    var second =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> admin.post(path, credit("7", "same")));
    List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(TestTenants.as(tenant, () -> wallets.balanceOf(customer)).amount())
        .isEqualByComparingTo("7");
    assertThat(TestTenants.as(tenant, () -> wallets.transactions(customer))).hasSize(1);
  }

  private static String credit(String amount, String reference) {
    return "{\"amount\":\""
        + amount
        + "\",\"reason\":\"Adjustment\",\"reference\":\""
        + reference
        + "\"}";
  }

  private static long firstId(String json) {
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
    assertThat(id.find()).as(json).isTrue();
    return Long.parseLong(id.group(1));
  }
}
