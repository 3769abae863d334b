package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.ReceivablesReport;
import io.brandcloud.billing.application.ReceivablesReports;
import io.brandcloud.billing.application.WalletOverview;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.payments.application.AutoTopUps;
import io.brandcloud.payments.application.GatewayChange;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.application.PaymentHistory;
import io.brandcloud.payments.application.Refunds;
import io.brandcloud.payments.application.TopUps;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.payments.testgateway.TestCharge;
import io.brandcloud.payments.testgateway.TestCheckoutDesk;
import io.brandcloud.payments.testgateway.TestGatewayEvents;
import io.brandcloud.payments.testgateway.TestGatewaySignature;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customers top up with the built-in test gateway, end to end: its checkout, its signed webhooks to
 * our endpoint, the return page and the payments worker. The wallet is credited once however often
 * and in whichever order the gateway and the customer come back; forged, replayed and other
 * tenants' webhooks credit nothing; refunds and disputes move the wallet once each; a saved card
 * tops up automatically at the threshold, at most once a day, with a mail when it is declined.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsScenarioIT {

  private static final Instant START = Scenario.nextMonthAt("09:05");
  private static final String SECRET = "tgsec_scenario_secret";

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @Inject ApplicationClock clock;
  @EJB GatewaySetup setup;
  @EJB TopUps topUps;
  @EJB PaymentHistory history;
  @EJB Refunds refunds;
  @EJB AutoTopUps autoTopUps;
  @EJB TestCheckoutDesk desk;
  @EJB Wallets wallets;
  @EJB WalletOverview overview;
  @EJB ReceivablesReports receivables;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB SubscriptionRenewals renewals;

  private Fixture shop;

  @BeforeEach
  void aShopTakingPaymentsWithTheTestGateway() {
    scenario.at(START);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("pay"), BigDecimal.ZERO);
    acceptTestPayments(shop, SECRET);
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  private void acceptTestPayments(Fixture fixture, String secret) {
    fixture.as(
        () ->
            setup.configure(
                GatewayKind.TEST,
                new GatewayChange(
                    false,
                    null,
                    null,
                    null,
                    secret,
                    null,
                    true,
                    new BigDecimal("5"),
                    new BigDecimal("500"),
                    List.of(new BigDecimal("25")))));
  }

  @Test
  void aTopUpIsCreditedOnceWhateverArrivesFirstAndHowEverOften() throws Exception {
    Payment payment = startTopUp(shop, "25.00", false);
    assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(payment.checkoutUrl()).contains("/test-gateway/checkout.xhtml?session=");

    // the customer pays; the gateway's webhook and four return pages race for the credit
    shop.as(() -> desk.pay(payment.checkoutReference(), "4242"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<CompletableFuture<Payment>> returns = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      returns.add(
          CompletableFuture.supplyAsync(
              () -> shop.as(() -> topUps.confirm(shop.customerId(), payment.id())), pool));
    }
    for (CompletableFuture<Payment> back : returns) {
      assertThat(back.get(30, TimeUnit.SECONDS).status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }
    TestCharge charge = charge(payment);
    // and the same event delivered three times at once, long after
    String event = shop.as(() -> TestGatewayEvents.paid(charge, clock.now()));
    List<CompletableFuture<HttpResponse<String>>> deliveries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      deliveries.add(CompletableFuture.supplyAsync(() -> deliver(shop, event, SECRET), pool));
    }
    for (CompletableFuture<HttpResponse<String>> delivery : deliveries) {
      assertThat(delivery.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
    pool.shutdown();
    settled(shop);

    assertThat(balance(shop)).isEqualByComparingTo("25");
    assertThat(ledgerRows(shop, "payment:test:" + charge.chargeId())).isEqualTo(1);
    assertThat(storedEvents(shop)).as("the gateway's own event and ours, each once").isEqualTo(2);
    assertThat(
            count(
                shop,
                "SELECT count(*) FROM %s.mail_outbox WHERE subject LIKE '%%25.00 received by Test"
                    + " gateway' AND body LIKE '%%which is now %%25.00%%'"))
        .as("the owner is told the payment came in, once")
        .isEqualTo(1);
  }

  @Test
  void aPaymentConfirmedOnlyByWebhookIsCreditedWithoutTheCustomerComingBack() {
    Payment payment = startTopUp(shop, "30", false);
    shop.as(() -> desk.pay(payment.checkoutReference(), "4242"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> payment(shop, payment.id()).status() == PaymentStatus.SUCCEEDED);
    assertThat(balance(shop)).isEqualByComparingTo("30");
  }

  @Test
  void aDeclinedCardEndsThePaymentUnpaid() {
    Payment payment = startTopUp(shop, "30", false);
    shop.as(() -> desk.pay(payment.checkoutReference(), "0002"));
    Payment back = shop.as(() -> topUps.confirm(shop.customerId(), payment.id()));
    assertThat(back.status()).isEqualTo(PaymentStatus.FAILED);
    // the gateway's webhook and the return page race to end the payment; either words it
    assertThat(back.failure()).isIn("The card was declined", "The checkout ended without payment");
    settled(shop);
    assertThat(balance(shop)).isEqualByComparingTo("0");
  }

  @Test
  void forgedReplayedAndOtherTenantsWebhooksCreditNothing() {
    Payment payment = startTopUp(shop, "40", false);
    String claim =
        shop.as(() -> TestGatewayEvents.paid(forged(charge(payment), "40"), clock.now()));

    assertThat(deliver(shop, claim, "tgsec_guessed").statusCode())
        .as("wrong secret")
        .isEqualTo(400);
    assertThat(
            deliverSigned(
                shop,
                claim,
                TestGatewaySignature.sign(
                    SECRET, clock.now().minus(Duration.ofMinutes(10)), claim)))
        .as("a replay ten minutes later")
        .isEqualTo(400);
    assertThat(deliverSigned(shop, claim, "t=1,v1=00")).as("garbage").isEqualTo(400);
    assertThat(deliverSigned(shop, claim, null)).as("unsigned").isEqualTo(400);
    assertThat(
            deliverSigned(
                shop,
                claim.replace("\"40\"", "\"4000\""),
                TestGatewaySignature.sign(SECRET, clock.now(), claim)))
        .as("the amount changed after signing")
        .isEqualTo(400);

    Fixture other = tenants.withCustomer(TestTenants.uniqueSlug("other"), BigDecimal.ZERO);
    acceptTestPayments(other, "tgsec_other_tenant");
    assertThat(deliver(other, claim, "tgsec_other_tenant").statusCode())
        .as("the other tenant's valid signature on an event naming our payment: ignored there")
        .isEqualTo(200);
    assertThat(deliver(other, claim, SECRET).statusCode())
        .as("our secret at the other tenant's endpoint")
        .isEqualTo(400);

    String tooMuch =
        shop.as(() -> TestGatewayEvents.paid(forged(charge(payment), "4000"), clock.now()));
    assertThat(deliver(shop, tooMuch, SECRET).statusCode())
        .as("verified, but claims another amount than the payment's")
        .isEqualTo(200);

    settled(shop);
    settled(other);
    assertThat(balance(shop)).isEqualByComparingTo("0");
    assertThat(payment(shop, payment.id()).status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(balance(other)).isEqualByComparingTo("0");
  }

  /** The unpaid checkout as a paid one of {@code amount}, as a forger would claim it. */
  private static TestCharge forged(TestCharge unpaid, String amount) {
    return new TestCharge(
        unpaid.sessionId(),
        unpaid.paymentReference(),
        "tgc_forged",
        new BigDecimal(amount),
        unpaid.currency(),
        "PAID",
        false,
        null,
        null,
        null,
        BigDecimal.ZERO,
        null);
  }

  @Test
  void partialAndFullRefundsGoBackToTheCardAndDebitTheWalletOnce() {
    Payment payment = paidTopUp(shop, "25");

    refund(payment, "10", "Asked for part back");
    assertThat(balance(shop)).isEqualByComparingTo("15");
    assertThat(
            OwnMail.lastBodyTo(
                shop.tenant(), TestTenants.customerEmail(shop), "we refunded \u20ac10.00"))
        .contains("to where it came from (Test gateway)")
        .contains("which is now \u20ac15.00");
    refund(payment, null, "The rest");
    assertThat(balance(shop)).isEqualByComparingTo("0");
    assertThat(payment(shop, payment.id()).refunded()).isEqualByComparingTo("25");
    assertThat(shop.as(() -> history.one(shop.customerId(), payment.id()).refunds()))
        .extracting(r -> r.status())
        .containsExactly("SUCCEEDED", "SUCCEEDED");
    assertThatThrownBy(() -> shop.as(() -> refunds.request(payment.id(), BigDecimal.ONE, "more")))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("At most 0");

    // a refund made in the gateway's own dashboard arrives by webhook, twice
    Payment second = paidTopUp(shop, "20");
    TestCharge charge = charge(second);
    String dashboardRefund =
        TestGatewayEvents.refunded(
            "tgr_dashboard", charge.chargeId(), new BigDecimal("5"), null, clock.now());
    assertThat(deliver(shop, dashboardRefund, SECRET).statusCode()).isEqualTo(200);
    assertThat(deliver(shop, dashboardRefund, SECRET).statusCode()).isEqualTo(200);
    settled(shop);
    assertThat(balance(shop)).isEqualByComparingTo("15");
    assertThat(ledgerRows(shop, "refund:test:tgr_dashboard")).isEqualTo(1);
    assertThat(shop.as(() -> overview.current(1)).topUpsThisMonth().amount())
        .as("the staff dashboard's top-ups this month: 25 and 20 paid in, 25 and 5 given back")
        .isEqualByComparingTo("15");
  }

  @Test
  void aDisputeDebitsTheWalletStartsDunningAndAWonDisputeCreditsItBack() {
    Payment payment = paidTopUp(shop, "25");
    String chargeId = charge(payment).chargeId();
    shop.as(
        () ->
            wallets.debit(
                shop.customerId(), new BigDecimal("20"), "Usage", "test-usage", "test", false));

    String dispute = shop.as(() -> desk.openDispute(chargeId));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> balance(shop).compareTo(BigDecimal.ZERO) < 0);
    settled(shop);
    assertThat(balance(shop)).isEqualByComparingTo("-20");
    assertThat(openDisputes(shop)).isEqualTo(1);
    assertThat(debtStarted(shop)).as("a chargeback into the red starts dunning").isTrue();
    ReceivablesReport owed = shop.as(receivables::today);
    assertThat(owed.disputes())
        .as("the receivables report")
        .extracting(
            ReceivablesReport.Dispute::organisationId,
            ReceivablesReport.Dispute::paymentId,
            d -> d.amount().roundedToMinorUnit().toPlainString())
        .containsExactly(tuple(shop.customerId(), payment.id(), "25.00"));
    assertThat(owed.debts())
        .extracting(d -> d.amount().roundedToMinorUnit().toPlainString(), d -> d.since() != null)
        .containsExactly(tuple("20.00", true));

    shop.as(
        () -> {
          desk.closeDispute(chargeId, dispute, true);
          return null;
        });
    await().atMost(Duration.ofSeconds(30)).until(() -> balance(shop).signum() > 0);
    settled(shop);
    assertThat(balance(shop)).isEqualByComparingTo("5");
    assertThat(openDisputes(shop)).isZero();
    assertThat(shop.as(receivables::today).settled())
        .as("nothing owed once the dispute is won")
        .isTrue();

    // a dispute lost before the gateway told us it opened: the money is taken once
    Payment other = paidTopUp(shop, "10");
    String otherCharge = charge(other).chargeId();
    String lost =
        TestGatewayEvents.dispute(
            "lost", "tgd_early", otherCharge, new BigDecimal("10"), clock.now());
    String opened =
        TestGatewayEvents.dispute(
            "opened", "tgd_early", otherCharge, new BigDecimal("10"), clock.now());
    assertThat(deliver(shop, lost, SECRET).statusCode()).isEqualTo(200);
    settled(shop);
    assertThat(deliver(shop, opened, SECRET).statusCode()).isEqualTo(200);
    settled(shop);
    assertThat(balance(shop)).isEqualByComparingTo("5");
  }

  @Test
  void aSavedCardTopsUpAtTheThresholdAtMostOnceADay() {
    Payment first = startTopUp(shop, "10", true);
    shop.as(() -> desk.pay(first.checkoutReference(), "4242"));
    shop.as(() -> topUps.confirm(shop.customerId(), first.id()));
    settled(shop);
    assertThat(shop.as(() -> autoTopUps.of(shop.customerId())))
        .hasValueSatisfying(order -> assertThat(order.card().label()).endsWith("4242"));
    shop.as(
        () ->
            autoTopUps.configure(
                shop.customerId(), new BigDecimal("1000"), new BigDecimal("50"), true));
    scenario.runningServer(shop, shop.customerId(), "auto-1");

    assertThat(Jobs.chargeUpTo(START.plus(Duration.ofMinutes(2)))).isNotNull();
    await().atMost(Duration.ofSeconds(30)).until(() -> automaticTopUps(shop, "SUCCEEDED") == 1);
    settled(shop);
    BigDecimal afterFirst = balance(shop);
    assertThat(afterFirst)
        .as("10 paid, 50 topped up, one or two hours charged")
        .isGreaterThan(new BigDecimal("55"));

    Jobs.chargeUpTo(START.plus(Duration.ofHours(3)));
    settled(shop);
    assertThat(automaticTopUps(shop, "SUCCEEDED")).as("still below, but once a day").isEqualTo(1);

    Jobs.chargeUpTo(START.plus(Duration.ofHours(26)));
    await().atMost(Duration.ofSeconds(30)).until(() -> automaticTopUps(shop, "SUCCEEDED") == 2);
  }

  @Test
  void aRenewalTheWalletCannotPayTopsUpFromTheSavedCardAndRenews() {
    Payment first = startTopUp(shop, "10", true);
    shop.as(() -> desk.pay(first.checkoutReference(), "4242"));
    shop.as(() -> topUps.confirm(shop.customerId(), first.id()));
    settled(shop);
    shop.as(
        () ->
            autoTopUps.configure(
                shop.customerId(), new BigDecimal("1"), new BigDecimal("50"), true));
    long product =
        shop.as(
            () ->
                products
                    .price(
                        products.create("service", "Managed updates", "", "").id(),
                        "monthly",
                        new BigDecimal("8.00"),
                        null,
                        0)
                    .id());
    SubscriptionView ordered =
        shop.as(
            () ->
                subscriptions.order(
                    shop.customerId(),
                    new SubscriptionOrder(product, "monthly", null, null, "renew-by-card")));
    assertThat(balance(shop)).isEqualByComparingTo("2");

    scenario.at(START.plus(Duration.ofDays(40)));
    shop.as(renewals::renewDue);
    // unpaid: the saved card is charged, and its credit renews the subscription at once
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "active"
                    .equals(
                        shop.as(() -> subscriptions.subscription(shop.customerId(), ordered.id()))
                            .status()));
    assertThat(automaticTopUps(shop, "SUCCEEDED")).isEqualTo(1);
    assertThat(balance(shop)).as("2 + 50 topped up - 8").isEqualByComparingTo("44");
  }

  @Test
  void aDeclinedAutomaticTopUpMailsTheOwner() {
    Payment first = startTopUp(shop, "10", true);
    shop.as(() -> desk.pay(first.checkoutReference(), "0341"));
    shop.as(() -> topUps.confirm(shop.customerId(), first.id()));
    settled(shop);
    shop.as(
        () ->
            autoTopUps.configure(
                shop.customerId(), new BigDecimal("1000"), new BigDecimal("50"), true));
    scenario.runningServer(shop, shop.customerId(), "auto-2");

    Jobs.chargeUpTo(START.plus(Duration.ofMinutes(2)));
    await().atMost(Duration.ofSeconds(30)).until(() -> automaticTopUps(shop, "FAILED") == 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> mails(shop, "%%automatic top-up did not go through") == 1);
    assertThat(shop.as(() -> autoTopUps.of(shop.customerId())).orElseThrow().lastFailure())
        .contains("declined");
  }

  private Payment startTopUp(Fixture fixture, String amount, boolean saveCard) {
    String portal = Http.localServer().resolve("t/" + fixture.tenant().slug()).toString();
    return fixture.as(
        () ->
            topUps.start(
                fixture.customerId(),
                GatewayKind.TEST,
                new BigDecimal(amount),
                saveCard,
                new TopUps.ReturnPages(portal + "/portal/payment.xhtml", portal)));
  }

  private Payment paidTopUp(Fixture fixture, String amount) {
    Payment payment = startTopUp(fixture, amount, false);
    fixture.as(() -> desk.pay(payment.checkoutReference(), "4242"));
    Payment paid = fixture.as(() -> topUps.confirm(fixture.customerId(), payment.id()));
    assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    settled(fixture);
    return paid;
  }

  private void refund(Payment payment, String amount, String reason) {
    long id =
        shop.as(
                () ->
                    refunds.request(
                        payment.id(), amount == null ? null : new BigDecimal(amount), reason))
            .id();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                shop.as(() -> history.one(shop.customerId(), payment.id())).refunds().stream()
                    .anyMatch(r -> r.id() == id && r.status().equals("SUCCEEDED")));
    settled(shop);
  }

  private TestCharge charge(Payment payment) {
    return shop.as(() -> desk.checkout(payment.checkoutReference()));
  }

  private Payment payment(Fixture fixture, long id) {
    return fixture.as(() -> history.one(fixture.customerId(), id).payment());
  }

  private BigDecimal balance(Fixture fixture) {
    return fixture.as(() -> wallets.balanceOf(fixture.customerId()).amount());
  }

  private HttpResponse<String> deliver(Fixture fixture, String event, String secret) {
    return post(fixture, event, TestGatewaySignature.sign(secret, clock.now(), event));
  }

  private int deliverSigned(Fixture fixture, String event, String signature) {
    return post(fixture, event, signature).statusCode();
  }

  private HttpResponse<String> post(Fixture fixture, String event, String signature) {
    Http http = new Http(Http.localServer());
    if (signature != null) {
      http = http.withHeader(TestGatewaySignature.HEADER, signature);
    }
    return http.post("t/" + fixture.tenant().slug() + "/api/v1/webhooks/test", event);
  }

  /** Waits until the outbox has carried out every event of the tenant. */
  private void settled(Fixture fixture) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                count(fixture, "SELECT count(*) FROM %s.outbox_messages WHERE status = 'PENDING'")
                    == 0);
  }

  private long ledgerRows(Fixture fixture, String reference) {
    return count(
        fixture, "SELECT count(*) FROM %s.ledger_entries WHERE reference = '" + reference + "'");
  }

  private long storedEvents(Fixture fixture) {
    return count(fixture, "SELECT count(*) FROM %s.payment_events");
  }

  private long openDisputes(Fixture fixture) {
    return count(fixture, "SELECT count(*) FROM %s.payment_disputes WHERE status = 'OPEN'");
  }

  private boolean debtStarted(Fixture fixture) {
    return count(
            fixture,
            "SELECT count(*) FROM %s.wallets WHERE organisation_id = "
                + fixture.customerId()
                + " AND in_debt_since IS NOT NULL")
        == 1;
  }

  private long automaticTopUps(Fixture fixture, String status) {
    return count(
        fixture,
        "SELECT count(*) FROM %s.payments WHERE purpose = 'AUTO_TOP_UP' AND status = '"
            + status
            + "'");
  }

  private long mails(Fixture fixture, String subject) {
    return count(
        fixture, "SELECT count(*) FROM %s.mail_outbox WHERE subject LIKE '" + subject + "'");
  }

  private long count(Fixture fixture, String sql) {
    return ((Number)
            tenants
                .em()
                .createNativeQuery(sql.formatted(fixture.tenant().schema().name()))
                .getSingleResult())
        .longValue();
  }
}
